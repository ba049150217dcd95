package org.mufakat.notify;

/** How a person wants notices by e-mail. In-app notices are always kept in their list. */
public enum MailPreference {
    /** One e-mail per notice, when it happens. */
    IMMEDIATE,
    /** One e-mail a day listing the day's notices. */
    DAILY_DIGEST,
    /** No e-mail; notices only in the list. */
    OFF;

    /** The stored value, or IMMEDIATE for anything unknown. */
    public static MailPreference parse(String value) {
        if (value != null) {
            for (MailPreference p : values()) {
                if (p.name().equals(value)) {
                    return p;
                }
            }
        }
        return IMMEDIATE;
    }
}
