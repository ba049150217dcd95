package org.mufakat.notify;

/** Who a notice is for; the e-mail may be empty, then only the in-app notice is written. */
public record Recipient(long accountId, String displayName, String email) {
}
