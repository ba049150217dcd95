package org.mufakat.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Hands one mail to the mail server; only the outbox calls it (tests replace it with a failing one). */
@ApplicationScoped
public class MailTransport {

    @Inject
    Mailer mailer;

    public void send(Mail mail) {
        mailer.send(mail);
    }
}
