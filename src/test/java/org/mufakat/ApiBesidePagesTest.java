package org.mufakat;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

/**
 * No page action without its API: every POST of a {@code *Page} class is listed here with the {@code /api/v1}
 * operation that does the same through the same workflow method, or with why it has none. A new page action fails
 * this test until it is listed, and so does a listed operation that does not exist.
 */
class ApiBesidePagesTest {

    static final String PAGE_ONLY = "page only: ";

    static final Map<String, String> COUNTERPARTS = Map.ofEntries(
            entry("POST /accounts", "POST /api/v1/accounts"),
            entry("POST /accounts/{id}", "PUT /api/v1/accounts/{id}"),
            entry("POST /accounts/{id}/disable", "POST /api/v1/accounts/{id}/disable"),
            entry("POST /accounts/{id}/enable", "POST /api/v1/accounts/{id}/enable"),
            entry("POST /accounts/{id}/unlock", "POST /api/v1/accounts/{id}/unlock"),
            entry("POST /accounts/{id}/password", "POST /api/v1/accounts/{id}/password"),
            entry("POST /accounts/{id}/grants", "POST /api/v1/accounts/{id}/grants"),
            entry("POST /accounts/{id}/grants/{grantId}/revoke", "DELETE /api/v1/accounts/{id}/grants/{grantId}"),
            entry("POST /password", "PUT /api/v1/me/password"),
            entry("POST /tokens", "POST /api/v1/tokens"),
            entry("POST /tokens/{id}/revoke", "DELETE /api/v1/tokens/{id}"),
            entry("POST /constituencies", "POST /api/v1/constituencies"),
            entry("POST /constituencies/{id}", "PUT /api/v1/constituencies/{id}"),
            entry("POST /constituencies/{id}/delete", "DELETE /api/v1/constituencies/{id}"),
            entry("POST /organisations", "POST /api/v1/organisations"),
            entry("POST /organisations/{id}", "PUT /api/v1/organisations/{id}"),
            entry("POST /organisations/{id}/delete", "DELETE /api/v1/organisations/{id}"),
            entry("POST /forums", "POST /api/v1/forums"),
            entry("POST /forums/{id}", "PUT /api/v1/forums/{id}"),
            entry("POST /forums/{id}/sessions", "POST /api/v1/forums/{id}/sessions"),
            entry("POST /forums/{id}/sessions/{sessionId}", "PUT /api/v1/forums/{id}/sessions/{sessionId}"),
            entry("POST /rounds", "POST /api/v1/rounds"),
            entry("POST /rounds/{id}", "PUT /api/v1/rounds/{id}"),
            entry("POST /rounds/{id}/advance", "POST /api/v1/rounds/{id}/advance"),
            entry("POST /rounds/{id}/extensions", "POST /api/v1/rounds/{id}/extensions"),
            entry("POST /rounds/{roundId}/inputs/{code}/record", "PUT /api/v1/rounds/{roundId}/inputs/{code}"),
            entry("POST /rounds/{roundId}/inputs/{code}/statements",
                    "POST /api/v1/rounds/{roundId}/inputs/{code}/statements"),
            entry("POST /rounds/{roundId}/inputs/{code}/statements/{id}",
                    "PUT /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}"),
            entry("POST /rounds/{roundId}/inputs/{code}/statements/{id}/move",
                    "POST /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}/move-up"),
            entry("POST /rounds/{roundId}/inputs/{code}/statements/{id}/delete",
                    "DELETE /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}"),
            entry("POST /rounds/{roundId}/inputs/{code}/submit", "POST /api/v1/rounds/{roundId}/inputs/{code}/submit"),
            entry("POST /rounds/{roundId}/inputs/{code}/nil-return",
                    "POST /api/v1/rounds/{roundId}/inputs/{code}/nil-return"),
            entry("POST /rounds/{roundId}/inputs/{code}/return", "POST /api/v1/rounds/{roundId}/inputs/{code}/return"),
            entry("POST /rounds/{roundId}/inputs/{code}/attachments",
                    "POST /api/v1/rounds/{roundId}/inputs/{code}/attachments"),
            entry("POST /rounds/{roundId}/inputs/{code}/attachments/{id}/delete",
                    "DELETE /api/v1/rounds/{roundId}/inputs/{code}/attachments/{attachmentId}"),
            entry("POST /rounds/{roundId}/inputs/{code}/offline", PAGE_ONLY
                    + "previews an uploaded offline copy and changes nothing; API clients send statements directly"),
            entry("POST /rounds/{roundId}/inputs/{code}/offline/confirm", PAGE_ONLY
                    + "applies the previewed offline copy; through the API, POST and PUT the statements"),
            entry("POST /rounds/{roundId}/recommendations", "POST /api/v1/rounds/{roundId}/recommendations"),
            entry("POST /rounds/{roundId}/recommendations/{id}", "PUT /api/v1/rounds/{roundId}/recommendations/{id}"),
            entry("POST /rounds/{roundId}/recommendations/{id}/move",
                    "POST /api/v1/rounds/{roundId}/recommendations/{id}/move-up"),
            entry("POST /rounds/{roundId}/recommendations/{id}/delete",
                    "DELETE /api/v1/rounds/{roundId}/recommendations/{id}"),
            entry("POST /rounds/{roundId}/statements/{id}/disposition",
                    "PUT /api/v1/rounds/{roundId}/statements/{statementId}/disposition"),
            entry("POST /rounds/{roundId}/attribution", "PUT /api/v1/rounds/{roundId}/attribution"),
            entry("POST /rounds/{roundId}/review/windows", "PUT /api/v1/rounds/{roundId}/windows/{stage}"),
            entry("POST /rounds/{roundId}/review/recommendations/{recId}",
                    "POST /api/v1/rounds/{roundId}/recommendations/{recId}/edits"),
            entry("POST /rounds/{roundId}/review/recommendations/{recId}/comments",
                    "POST /api/v1/rounds/{roundId}/recommendations/{recId}/comments"),
            entry("POST /rounds/{roundId}/review/comments/{commentId}/replies",
                    "POST /api/v1/rounds/{roundId}/comments/{commentId}/replies"),
            entry("POST /rounds/{roundId}/review/comments/{commentId}/resolve",
                    "POST /api/v1/rounds/{roundId}/comments/{commentId}/resolve"),
            entry("POST /rounds/{roundId}/review/comments/{commentId}/reopen",
                    "POST /api/v1/rounds/{roundId}/comments/{commentId}/reopen"),
            entry("POST /rounds/{roundId}/review/recommendations/{recId}/follow",
                    "PUT /api/v1/rounds/{roundId}/recommendations/{recId}/follow"),
            entry("POST /rounds/{roundId}/review/recommendations/{recId}/unfollow",
                    "DELETE /api/v1/rounds/{roundId}/recommendations/{recId}/follow"),
            entry("POST /rounds/{roundId}/review/positions", "POST /api/v1/rounds/{roundId}/positions"),
            entry("POST /rounds/{roundId}/review/finalize", "POST /api/v1/rounds/{roundId}/finalize"),
            entry("POST /rounds/{roundId}/review/versions", "POST /api/v1/rounds/{roundId}/versions"),
            entry("POST /rounds/{roundId}/submissions/preview", PAGE_ONLY
                    + "shows the text a submission would freeze and changes nothing"),
            entry("POST /rounds/{roundId}/submissions", "POST /api/v1/rounds/{roundId}/submissions"),
            entry("POST /rounds/{roundId}/submissions/{id}/events", "POST /api/v1/submissions/{id}/events"),
            entry("POST /rounds/{roundId}/submissions/{id}/verify", "POST /api/v1/submissions/{id}/verify"),
            entry("POST /rounds/{roundId}/submissions/close", "POST /api/v1/rounds/{roundId}/close"),
            entry("POST /rounds/{roundId}/submissions/{id}/uptake/{recommendationId}",
                    "PUT /api/v1/submissions/{id}/uptake/{recommendationId}"),
            entry("POST /rounds/{roundId}/submissions/{id}/uptake/suggestions",
                    "POST /api/v1/submissions/{id}/uptake-suggestions"),
            entry("POST /rounds/{roundId}/submissions/{id}/publish", "POST /api/v1/submissions/{id}/publish"),
            entry("POST /rounds/{roundId}/submissions/{id}/withdraw", "POST /api/v1/submissions/{id}/withdraw"),
            entry("POST /public/submissions/{trackingNumber}/verify", PAGE_ONLY
                    + "anyone's check of a pasted text against a published submission; signed-in callers use"
                    + " POST /api/v1/submissions/{id}/verify"),
            entry("POST /rounds/{roundId}/carry-forward/preview", PAGE_ONLY
                    + "shows where each recommendation would go and changes nothing"),
            entry("POST /rounds/{roundId}/carry-forward", "POST /api/v1/rounds/{roundId}/carry-forward"),
            entry("POST /forum-sessions/{sessionId}/engagement", "PUT /api/v1/forum-sessions/{sessionId}/engagement"),
            entry("POST /allies", "POST /api/v1/allies"),
            entry("POST /allies/{id}", "PUT /api/v1/allies/{id}"),
            entry("POST /allies/{id}/delete", "DELETE /api/v1/allies/{id}"),
            entry("POST /ratifications/{id}", "PUT /api/v1/ratifications/{id}"),
            entry("POST /notices/read", "POST /api/v1/notices/read"),
            entry("POST /notices/settings", "PUT /api/v1/notices/settings"),
            entry("POST /rounds/import", "POST /api/v1/rounds/import"),
            entry("POST /rounds/{roundId}/export/foreword", "PUT /api/v1/rounds/{id}/foreword"),
            entry("POST /logout", PAGE_ONLY
                    + "ends a browser session; API calls carry their credentials on every request"),
            entry("POST /language", PAGE_ONLY + "a browser's language cookie; API callers send Accept-Language"));

    @Test
    void everyPageActionHasItsApiOperationOrSaysWhyNot() throws Exception {
        List<String> pageActions = routes("Page", List.of(POST.class));
        List<String> apiOperations = routes("Api", List.of(POST.class, PUT.class, DELETE.class));
        assertEquals(new TreeSet<>(COUNTERPARTS.keySet()), new TreeSet<>(pageActions),
                "the page actions listed here are the page actions there are");
        List<String> missing = new ArrayList<>();
        COUNTERPARTS.forEach((page, api) -> {
            if (!api.startsWith(PAGE_ONLY) && !apiOperations.contains(api)) {
                missing.add(page + " -> " + api);
            }
        });
        assertEquals(List.of(), missing, "API operations named here that do not exist");
    }

    /** "METHOD /path" of every method with one of these annotations in the classes whose names end so. */
    static List<String> routes(String suffix, List<Class<? extends java.lang.annotation.Annotation>> methods)
            throws Exception {
        Path classes = Path.of(ApiBesidePagesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<String> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix + ".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ApiBesidePagesTest.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    for (Class<? extends java.lang.annotation.Annotation> verb : methods) {
                        if (m.isAnnotationPresent(verb)) {
                            jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                            routes.add(verb.getSimpleName() + " " + normalise(root.value() + "/"
                                    + (sub == null ? "" : sub.value())));
                        }
                    }
                }
            }
        }
        return routes;
    }

    /** One slash between segments, none at the end, and no regular expressions in path parameters. */
    static String normalise(String path) {
        String p = path.replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
