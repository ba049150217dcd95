package org.mufakat.notify;

import java.time.Instant;
import java.util.List;

import org.mufakat.web.Paging;

/** The JSON shapes of the notices API. */
public final class NotifyJson {

    private NotifyJson() {
    }

    /** A notice; {@code link} is the page it is about, relative to the site. */
    public record NoticeJson(long id, String subject, String body, String link, Instant createdAt, boolean read,
            Instant readAt) {

        static NoticeJson of(ShownNotice n) {
            return new NoticeJson(n.id(), n.subject(), n.body(), n.link(), n.createdAt(), n.readAt() != null,
                    n.readAt());
        }
    }

    /** A page of the caller's notices, newest first (pages count from 1), and how many are unread in all. */
    public record NoticePage(List<NoticeJson> items, int page, int size, long total, long unread) {

        static NoticePage of(Paging<ShownNotice> p, long unread) {
            return new NoticePage(p.items().stream().map(NoticeJson::of).toList(), p.page(), p.size(), p.total(),
                    unread);
        }
    }

    /** What marking all read did: how many were unread before, how many are now. */
    public record AllRead(int marked, long unread) {
    }

    /** The caller's e-mail choice: IMMEDIATE, DAILY_DIGEST or OFF; without an address no e-mail goes out. */
    public record Settings(MailPreference preference, boolean hasEmail, List<MailPreference> choices) {

        static Settings of(MailPreferences.Addressee a) {
            return new Settings(a.preference(), a.hasEmail(), List.of(MailPreference.values()));
        }
    }

    /** Body of {@code PUT /api/v1/notices/settings}. */
    public record SettingsBody(String preference) {
    }
}
