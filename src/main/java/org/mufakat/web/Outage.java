package org.mufakat.web;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A database outage, told apart from other failures: people get a 503 page (problem JSON under /api) saying the
 * service is briefly unavailable, with {@code Retry-After}, instead of an error per request; the log gets one line
 * when the outage is first met and one when the database answers again (checked every few seconds while it lasts).
 * Covers failures in resources ({@link ErrorMapper}) and before them (sign-in, the session cookie).
 */
@ApplicationScoped
public class Outage {

    private static final Logger LOG = Logger.getLogger(Outage.class);
    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "30";

    private final AtomicReference<Instant> since = new AtomicReference<>();

    @Inject
    AgroalDataSource dataSource;

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance unavailable(String lang);
    }

    /** Whether this failure means the database cannot be reached; the first such failure starts the outage. */
    public boolean isDatabaseDown(Throwable failure) {
        if (!causedByLostDatabase(failure)) {
            return false;
        }
        if (since.compareAndSet(null, Instant.now())) {
            LOG.errorf("The database cannot be reached (%s); answering 503 until it is back.", rootMessage(failure));
        }
        return true;
    }

    /** While an outage lasts, asks the database every few seconds whether it is back, and says so once. */
    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void probe() {
        Instant start = since.get();
        if (start == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2) && since.compareAndSet(start, null)) {
                LOG.infof("The database is back after %d s.", Duration.between(start, Instant.now()).toSeconds());
            }
        } catch (SQLException e) {
            // Still down.
        }
    }

    boolean isOngoing() {
        return since.get() != null;
    }

    /** The 503 answer for a resource: problem JSON under /api, else the page. */
    public Response response(HttpServerRequest request) {
        if (request.path().startsWith("/api/")) {
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER)
                    .entity(problem(request.path())).build();
        }
        return Response.status(503).type("text/html;charset=UTF-8").header("Retry-After", RETRY_AFTER)
                .entity(page(request)).build();
    }

    /** The same answer for failures before any resource runs (the sign-in form, the session cookie). */
    void install(@Observes Router router) {
        router.route().order(-1200).failureHandler(this::failed);
    }

    private void failed(RoutingContext rc) {
        if (rc.response().headWritten() || rc.failure() == null || !isDatabaseDown(rc.failure())) {
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        rc.response().setStatusCode(503).putHeader("Retry-After", RETRY_AFTER).putHeader(HttpHeaders.CACHE_CONTROL,
                "no-store");
        if (request.path().startsWith("/api/")) {
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(problem(request.path())));
        } else {
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page(request));
        }
    }

    private static Problem problem(String path) {
        return Problem.of(503, "Service Unavailable",
                "The service is briefly unavailable. Please try again in a minute.", path);
    }

    private static String page(HttpServerRequest request) {
        String lang = language(request);
        return Templates.unavailable(lang).setLocale(Languages.locale(lang)).render();
    }

    /** The chosen language (its cookie, or the browser's first supported language); English otherwise. */
    private static String language(HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(Languages.COOKIE);
        if (cookie != null && Languages.isSupported(cookie.getValue())) {
            return cookie.getValue();
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String tag = Locale.forLanguageTag(range.getRange()).getLanguage();
                    if (Languages.isSupported(tag)) {
                        return tag;
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header: English.
            }
        }
        return "en";
    }

    /**
     * Whether the failure, its causes or what they suppressed (a commit that fails when the server ends the
     * connection is a RollbackException whose database error is suppressed, not its cause) say the database is lost.
     */
    static boolean causedByLostDatabase(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(failure);
        while (!pending.isEmpty() && seen.size() < 50) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (meansLostDatabase(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean meansLostDatabase(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            String message = sql.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
