package org.mufakat.notify;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mufakat.web.Languages;

/**
 * Each account's choice of e-mail (column {@code account.mail_preference}), read and written with plain SQL because
 * notify is a sink that imports no feature, accounts included.
 */
@ApplicationScoped
public class MailPreferences {

    @Inject
    EntityManager em;

    /** Who an account is for mail purposes: name, address, choice; null when there is no such enabled account. */
    public record Addressee(long accountId, String displayName, String email, MailPreference preference,
            Locale locale) {
        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }
    }

    public MailPreference of(long accountId) {
        Addressee a = addressee(accountId);
        return a == null ? MailPreference.OFF : a.preference();
    }

    @SuppressWarnings("unchecked")
    public Addressee addressee(long accountId) {
        List<Object[]> rows = em.createNativeQuery("select display_name, email, mail_preference, language from account"
                + " where id = ?1 and enabled = true").setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Addressee(accountId, (String) row[0], (String) row[1], MailPreference.parse((String) row[2]),
                Languages.locale((String) row[3]));
    }

    /** Remembers the language a person chose last: their notices' e-mails are written in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setLanguage(long accountId, String language) {
        em.createNativeQuery("update account set language = ?1 where id = ?2")
                .setParameter(1, Languages.isSupported(language) ? language : null).setParameter(2, accountId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void set(long accountId, MailPreference preference) {
        em.createNativeQuery("update account set mail_preference = ?1 where id = ?2")
                .setParameter(1, preference.name()).setParameter(2, accountId).executeUpdate();
    }
}
