package org.mufakat.notify;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.mufakat.web.Texts;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Tells one person something: an in-app notice in the caller's transaction, and an e-mail when they have an
 * address, at once or in the next daily digest as they chose (or none). A mail that cannot be sent is logged; the
 * notice stays. The e-mail goes only after the caller's transaction commits, so a rollback sends nothing and a slow
 * mail server does not hold the transaction open.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    @Inject
    Mailer mailer;
    @Inject
    Texts texts;
    @Inject
    MailPreferences preferences;
    @Inject
    TransactionSynchronizationRegistry transactions;

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
            String text = texts.get("mufakat.mail.greeting", to.displayName()) + "\n\n" + body
                    + (link == null ? "" : "\n\n" + baseUrl + link) + "\n\n" + texts.get("mufakat.mail.signature");
            Mail mail = Mail.withText(to.email(), subject, text);
            Long noticeId = notice.id;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        return;
                    }
                    try {
                        mailer.send(mail);
                    } catch (RuntimeException e) {
                        LOG.warnf("Could not e-mail notice %d to account %d: %s", noticeId, to.accountId(),
                                e.getMessage());
                    }
                }
            });
        }
        return notice;
    }
}
