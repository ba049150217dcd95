package org.mufakat.notify;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.mufakat.web.Text;
import org.mufakat.web.Texts;

/** Something a person was told, kept in their notice list until they have read it (and after). */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    /** The subject and body as message keys with their arguments ({@link Text#toJson()}); null on old notices. */
    @Column(name = "subject_text")
    public String subjectText;

    @Column(name = "body_text")
    public String bodyText;

    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** Waiting for its owner's next daily digest e-mail. */
    @Column(name = "digest_pending", nullable = false)
    public boolean digestPending;

    /** The subject in the given language (as it was written for the recipient, on notices older than that). */
    public String subject(Texts texts, Locale locale) {
        return subjectText == null ? subject : texts.write(Text.fromJson(subjectText), locale);
    }

    public String body(Texts texts, Locale locale) {
        return bodyText == null ? body : texts.write(Text.fromJson(bodyText), locale);
    }

    public static List<Notice> forAccount(long accountId, int pageIndex, int size) {
        return find("accountId", Sort.descending("createdAt", "id"), accountId).page(Page.of(pageIndex, size)).list();
    }

    /** The notice if it is this account's own, else null. */
    public static Notice findForAccount(long id, long accountId) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    public static long countForAccount(long accountId) {
        return count("accountId", accountId);
    }

    /** On every page. A query of its own, not Panache's count(): Hibernate would work out its SQL on every call. */
    public static long unread(long accountId) {
        return getEntityManager().createQuery("select count(n) from Notice n where n.accountId = ?1"
                + " and n.readAt is null", Long.class).setParameter(1, accountId).getSingleResult();
    }

    public static int markAllRead(long accountId, Instant when) {
        return update("readAt = ?1 where accountId = ?2 and readAt is null", when, accountId);
    }
}
