package org.mufakat.notify;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.mufakat.web.Texts;

/**
 * Tells one person something: an in-app notice in the caller's transaction, and an e-mail when they have an
 * address, at once or in the next daily digest as they chose (or none). The e-mail is written to the {@link MailOutbox}
 * in the same transaction: a rollback sends nothing, a commit keeps it until the mail server takes it, and no request
 * waits on the mail server.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    MailOutbox outbox;
    @Inject
    Texts texts;
    @Inject
    MailPreferences preferences;

    @ConfigProperty(name = "mufakat.base-url")
    String baseUrl;

    @Transactional(TxType.MANDATORY)
    public Notice notify(Recipient to, String subject, String body, String link) {
        Notice notice = new Notice();
        notice.accountId = to.accountId();
        notice.subject = subject;
        notice.body = body;
        notice.link = link;
        notice.createdAt = Instant.now();
        MailPreference preference = preferences.of(to.accountId());
        boolean hasEmail = to.email() != null && !to.email().isBlank();
        if (hasEmail && preference == MailPreference.DAILY_DIGEST) {
            notice.digestPending = true;
        }
        notice.persist();
        if (hasEmail && preference == MailPreference.IMMEDIATE) {
            outbox.enqueue(to.email(), subject, texts.get("mufakat.mail.greeting", to.displayName()) + "\n\n" + body
                    + (link == null ? "" : "\n\n" + baseUrl + link) + "\n\n" + texts.get("mufakat.mail.signature"));
        }
        return notice;
    }
}
