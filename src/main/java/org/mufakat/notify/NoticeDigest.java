package org.mufakat.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;
import org.mufakat.web.Texts;

import io.quarkus.scheduler.Scheduled;

/**
 * Once a day ({@code mufakat.digest.cron}) sends each person who chose the daily digest one e-mail listing the
 * notices they received since the last one, through the {@link MailOutbox}. Only the instance holding the
 * {@code notice-digest} lease runs it; each notice goes into one digest at most.
 */
@ApplicationScoped
public class NoticeDigest {

    static final String LOCK = "notice-digest";

    @Inject
    JobLock lock;
    @Inject
    MailPreferences preferences;
    @Inject
    MailOutbox outbox;
    @Inject
    Texts texts;
    @Inject
    AuditLog audit;

    @ConfigProperty(name = "mufakat.base-url")
    String baseUrl;

    @Scheduled(cron = "{mufakat.digest.cron}", identity = LOCK,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run();
    }

    /** Puts the digests that are due in the outbox; returns how many (0 when another instance runs the job). */
    public int run() {
        return lock.runAlone(LOCK, Duration.ofMinutes(10), () -> send());
    }

    @Transactional
    int send() {
        Map<Long, List<Notice>> byAccount = new LinkedHashMap<>();
        for (Notice n : Notice.<Notice>list("digestPending = true order by accountId, createdAt, id")) {
            byAccount.computeIfAbsent(n.accountId, k -> new ArrayList<>()).add(n);
        }
        int sent = 0;
        for (Map.Entry<Long, List<Notice>> e : byAccount.entrySet()) {
            List<Notice> notices = e.getValue();
            notices.forEach(n -> n.digestPending = false);
            MailPreferences.Addressee to = preferences.addressee(e.getKey());
            if (to == null || !to.hasEmail() || to.preference() == MailPreference.OFF) {
                continue;
            }
            Locale l = to.locale();
            StringBuilder text = new StringBuilder(texts.get(l, "mufakat.mail.greeting", to.displayName()))
                    .append("\n\n").append(texts.get(l, "mufakat.notify.digestIntro", notices.size()));
            for (Notice n : notices) {
                text.append("\n\n* ").append(n.subject(texts, l)).append("\n  ").append(n.body(texts, l));
                if (n.link != null) {
                    text.append("\n  ").append(baseUrl).append(n.link);
                }
            }
            text.append("\n\n").append(texts.get(l, "mufakat.notify.digestSettings", baseUrl + "/notices/settings"))
                    .append("\n\n").append(texts.get(l, "mufakat.mail.signature"));
            outbox.enqueue(to.email(), texts.get(l, "mufakat.notify.digestSubject", notices.size()), text.toString());
            sent++;
        }
        if (sent > 0) {
            audit.record("system", "notice.digest-sent", "Notice", null, sent + " digest(s)");
        }
        return sent;
    }
}
