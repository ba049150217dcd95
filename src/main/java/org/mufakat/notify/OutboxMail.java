package org.mufakat.notify;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * An e-mail waiting in the outbox, or sent, or given up after too many attempts (kept with its last error). Written
 * in the transaction of the change it tells about; sent by {@link MailOutbox}.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Set when the outbox gave up: the mail is kept, with {@link #lastError}, and not tried again. */
    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "last_error")
    public String lastError;

    /** The ids of the mails due at the given time, oldest first. */
    public static List<Long> due(Instant now, int limit) {
        return OutboxMail.<OutboxMail>find("sentAt is null and failedAt is null and nextAttemptAt <= ?1",
                Sort.by("nextAttemptAt", "id"), now).page(Page.ofSize(limit)).list().stream().map(m -> m.id).toList();
    }
}
