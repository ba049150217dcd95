package org.mufakat.notify;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.LanguageChosen;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

/**
 * One public method per thing people do with their notices and their choice of e-mail. Everyone acts on their own
 * notices and their own choice only: another person's notice is not found. Marking read twice changes nothing the
 * second time and writes no second audit event.
 */
@ApplicationScoped
public class NoticeWorkflow {

    @Inject
    CurrentUser user;
    @Inject
    MailPreferences preferences;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;

    /** A page of the signed-in person's notices, newest first, in the language of the request. */
    public Paging<ShownNotice> page(Integer page) {
        long me = user.accountId();
        return Paging.load(page, Paging.DEFAULT_SIZE, Notice.countForAccount(me),
                index -> Notice.forAccount(me, index, Paging.DEFAULT_SIZE).stream().map(this::shown).toList());
    }

    private ShownNotice shown(Notice n) {
        Locale l = texts.locale();
        return new ShownNotice(n.id, n.subject(texts, l), n.body(texts, l), n.link, n.createdAt, n.readAt);
    }

    public long unread() {
        return Notice.unread(user.accountId());
    }

    /** Marks one of the person's own notices as read; 404 for anyone else's, audited. */
    @Transactional
    public ShownNotice markRead(long noticeId) {
        Notice n = Notice.findForAccount(noticeId, user.accountId());
        if (n == null) {
            if (Notice.findById(noticeId) != null) {
                audit.recordSeparately(user.username(), "permission.denied", "Notice", String.valueOf(noticeId),
                        "another person's notice");
            }
            throw new NotFoundException();
        }
        if (n.readAt == null) {
            n.readAt = Instant.now();
            audit.record(user.username(), "notice.read", "Notice", n.id.toString(), null);
        }
        return shown(n);
    }

    /** Marks every unread notice of the person as read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        int marked = Notice.markAllRead(user.accountId(), Instant.now());
        if (marked > 0) {
            audit.record(user.username(), "notice.all-read", "Account", String.valueOf(user.accountId()),
                    marked + " notice(s)");
        }
        return marked;
    }

    /** A signed-in person chose a language with the switcher: their e-mails are written in it from now on. */
    @Transactional
    void languageChosen(@Observes LanguageChosen chosen) {
        if (user.isSignedIn()) {
            preferences.setLanguage(user.accountId(), chosen.tag());
        }
    }

    /** The person's e-mail choice and whether they have an address for it. */
    public MailPreferences.Addressee settings() {
        MailPreferences.Addressee a = preferences.addressee(user.accountId());
        return a != null ? a : new MailPreferences.Addressee(user.accountId(), user.displayName(), null,
                MailPreference.IMMEDIATE, texts.locale());
    }

    /** Changes the person's own e-mail choice: IMMEDIATE, DAILY_DIGEST or OFF (400 naming "preference" else). */
    @Transactional
    public MailPreference choose(String value) {
        MailPreference chosen = null;
        for (MailPreference p : MailPreference.values()) {
            if (p.name().equals(value)) {
                chosen = p;
            }
        }
        if (chosen == null) {
            throw FormInvalidException.field("preference", texts.get("mufakat.choose"));
        }
        if (chosen != settings().preference()) {
            preferences.set(user.accountId(), chosen);
            audit.record(user.username(), "notice.preference-changed", "Account", String.valueOf(user.accountId()),
                    chosen.name());
        }
        return chosen;
    }
}
