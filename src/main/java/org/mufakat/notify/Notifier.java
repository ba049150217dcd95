package org.mufakat.notify;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.mufakat.web.Text;
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

    /**
     * Kept as message keys ({@link Text}): the notice list writes them in each reader's language, the e-mail is
     * written in the recipient's (the language they last chose).
     */
    @Transactional(TxType.MANDATORY)
    public Notice notify(Recipient to, Text subject, Text body, String link) {
        MailPreferences.Addressee addressee = preferences.addressee(to.accountId());
        MailPreference preference = addressee == null ? MailPreference.OFF : addressee.preference();
        Locale language = addressee == null ? Locale.ENGLISH : addressee.locale();
        Notice notice = new Notice();
        notice.accountId = to.accountId();
        notice.subjectText = subject.toJson();
        notice.bodyText = body.toJson();
        notice.subject = texts.write(subject, language);
        notice.body = texts.write(body, language);
        notice.link = link;
        notice.createdAt = Instant.now();
        boolean hasEmail = to.email() != null && !to.email().isBlank();
        if (hasEmail && preference == MailPreference.DAILY_DIGEST) {
            notice.digestPending = true;
        }
        notice.persist();
        if (hasEmail && preference == MailPreference.IMMEDIATE) {
            outbox.enqueue(to.email(), notice.subject, texts.get(language, "mufakat.mail.greeting", to.displayName())
                    + "\n\n" + notice.body + (link == null ? "" : "\n\n" + baseUrl + link) + "\n\n"
                    + texts.get(language, "mufakat.mail.signature"));
        }
        return notice;
    }
}
