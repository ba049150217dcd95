package org.mufakat.notify;

import java.time.Instant;

/** A notice as its reader sees it: subject and body written in the reader's language. */
public record ShownNotice(long id, String subject, String body, String link, Instant createdAt, Instant readAt) {
}
