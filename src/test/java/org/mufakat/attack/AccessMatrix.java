package org.mufakat.attack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The expected verdict of every route for every column of {@link Cast.Who}: secretariat, convenor, focal point of the
 * objects' constituency, focal point of another, member of an organisation of the constituency, observer, anonymous.
 * A: allowed; D: refused (403 or 404, audited); L: sign in first (401, or a redirect to the sign-in page); B: 400
 * (the request is refused before anyone's rights matter, e.g. a query parameter missing); C: 409 (the object is in a
 * stage where this does not apply). For changes, A cells are not tried (the feature tests do), the others are.
 */
final class AccessMatrix {

    record Row(String object, String verdicts) {
        static final Row UNKNOWN = new Row("?", "???????");
    }

    /** Changes to one's own session, never tried here (signing out ends the session the walk uses). */
    static final Set<String> SELF = Set.of("POST /logout");

    static final Map<String, Row> ROWS = new LinkedHashMap<>();

    /** The query a route needs to show something (filled from the objects like the path). */
    static final Map<String, String> QUERIES = Map.of(
            "GET /api/v1/rounds/{id}/export", "?format=json",
            "GET /api/v1/rounds/{roundId}/inputs/{code}/revisions/diff", "?from={revFrom}&to={revTo}",
            "GET /rounds/{roundId}/inputs/{code}/revisions/diff", "?from={revFrom}&to={revTo}",
            "GET /api/v1/rounds/{roundId}/versions/diff", "?from=1&to=1",
            "GET /rounds/{roundId}/review/versions/diff", "?from=1&to=1");

    /** A page and the API operation that shows the same object. */
    static final Map<String, String> TWINS = new LinkedHashMap<>();

    /**
     * Refusals that are not a person's refusal, so not audited: Keycloak sign-in and the benchmark's floor page are
     * off in the tests.
     */
    static final Set<String> NOTHING_THERE = Set.of("GET /login/keycloak", "GET /bench/floor");

    private AccessMatrix() {
    }

    // Columns: secretariat, convenor, focal point (Viet Nam), focal point (Cambodia), member (a Vietnamese
    // organisation), observer, anonymous. The objects are Viet Nam's. Some changes read their scope from the body
    // (a new organisation's constituency) or need a field before anything else (verify needs a text): B for all.
    static {
        row("round", "GET /api/v1/rounds", "AAAAAAL");
        row("round", "POST /api/v1/rounds", "DADDDDL");
        row("round", "GET /api/v1/rounds/{id}", "AAAAAAL");
        row("round", "PUT /api/v1/rounds/{id}", "DADDDDL");
        row("round", "POST /api/v1/rounds/{id}/advance", "DADDDDL");
        row("round", "POST /api/v1/rounds/{id}/extensions", "DADDDDL");
        row("round", "POST /api/v1/rounds/{roundId}/close", "DADDDDL");
        row("round", "GET /api/v1/rounds/{roundId}/consensus", "AAAAAAL");
        row("round", "POST /api/v1/rounds/{roundId}/finalize", "DADDDDL");
        row("round", "GET /api/v1/rounds/{roundId}/windows", "AAAAAAL");
        row("round", "PUT /api/v1/rounds/{roundId}/windows/{stage}", "DADDDDL");
        row("round", "GET /rounds", "AAAAAAL");
        row("round", "POST /rounds", "DADDDDL");
        row("round", "GET /rounds/new", "DADDDDL");
        row("round", "GET /rounds/{id}", "AAAAAAL");
        row("round", "POST /rounds/{id}", "DADDDDL");
        row("round", "POST /rounds/{id}/advance", "DADDDDL");
        row("round", "GET /rounds/{id}/edit", "DADDDDL");
        row("round", "POST /rounds/{id}/extensions", "DADDDDL");
        row("round", "GET /rounds/{roundId}/harmonize", "DADDDDL");
        row("round", "GET /rounds/{roundId}/review", "AAAAAAL");
        row("round", "GET /rounds/{roundId}/review/consensus", "AAAAAAL");
        row("round", "GET /rounds/{roundId}/review/document", "AAAAAAL");
        row("round", "GET /rounds/{roundId}/review/finalize", "DADDDDL");
        row("round", "POST /rounds/{roundId}/review/finalize", "DADDDDL");
        row("round", "POST /rounds/{roundId}/review/windows", "DADDDDL");
        row("input", "GET /api/v1/rounds/{roundId}/inputs/{code}", "AAADAAL");
        row("input", "PUT /api/v1/rounds/{roundId}/inputs/{code}", "DDADDDL");
        row("input", "POST /api/v1/rounds/{roundId}/inputs/{code}/nil-return", "DDADDDL");
        row("input", "GET /api/v1/rounds/{roundId}/inputs/{code}/outcome", "DAADDDL");
        row("input", "POST /api/v1/rounds/{roundId}/inputs/{code}/return", "DADDDDL");
        row("input", "POST /api/v1/rounds/{roundId}/inputs/{code}/submit", "DDADDDL");
        row("input", "GET /rounds/{roundId}/inputs/{code}", "AAADAAL");
        row("input", "GET /rounds/{roundId}/inputs/{code}/nil-return", "DDADDDL");
        row("input", "POST /rounds/{roundId}/inputs/{code}/nil-return", "DDADDDL");
        row("input", "POST /rounds/{roundId}/inputs/{code}/offline", "DDADDDL");
        row("input", "GET /rounds/{roundId}/inputs/{code}/offline.docx", "AAADAAL");
        row("input", "GET /rounds/{roundId}/inputs/{code}/offline.md", "AAADAAL");
        row("input", "POST /rounds/{roundId}/inputs/{code}/offline/confirm", "DDADDDL");
        row("input", "POST /rounds/{roundId}/inputs/{code}/record", "DDADDDL");
        row("input", "GET /rounds/{roundId}/inputs/{code}/return", "DADDDDL");
        row("input", "POST /rounds/{roundId}/inputs/{code}/return", "DADDDDL");
        row("input", "GET /rounds/{roundId}/inputs/{code}/submit", "DDADDDL");
        row("input", "POST /rounds/{roundId}/inputs/{code}/submit", "DDADDDL");
        row("input", "GET /rounds/{roundId}/outcome", "AAAAAAL");
        row("input", "GET /rounds/{roundId}/outcome/{code}", "DAADDDL");
        row("input", "GET /rounds/{roundId}/outcome/{code}/csv", "DAADDDL");
        row("statement", "POST /api/v1/rounds/{roundId}/inputs/{code}/statements", "DDADDDL");
        row("statement", "DELETE /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}", "DDADDDL");
        row("statement", "PUT /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}", "DDADDDL");
        row("statement", "POST /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}/move-down", "DDADDDL");
        row("statement", "POST /api/v1/rounds/{roundId}/inputs/{code}/statements/{statementId}/move-up", "DDADDDL");
        row("statement", "PUT /api/v1/rounds/{roundId}/statements/{statementId}/disposition", "DADDDDL");
        row("statement", "POST /rounds/{roundId}/inputs/{code}/statements", "DDADDDL");
        row("statement", "POST /rounds/{roundId}/inputs/{code}/statements/{id}", "DDADDDL");
        row("statement", "GET /rounds/{roundId}/inputs/{code}/statements/{id}/delete", "DDADDDL");
        row("statement", "POST /rounds/{roundId}/inputs/{code}/statements/{id}/delete", "DDADDDL");
        row("statement", "GET /rounds/{roundId}/inputs/{code}/statements/{id}/edit", "DDADDDL");
        row("statement", "POST /rounds/{roundId}/inputs/{code}/statements/{id}/move", "DDADDDL");
        row("statement", "GET /rounds/{roundId}/statements/{id}/disposition", "DADDDDL");
        row("statement", "POST /rounds/{roundId}/statements/{id}/disposition", "DADDDDL");
        row("attachment", "GET /api/v1/rounds/{roundId}/inputs/{code}/attachments", "AAADAAL");
        row("attachment", "POST /api/v1/rounds/{roundId}/inputs/{code}/attachments", "DDADDDL");
        row("attachment", "DELETE /api/v1/rounds/{roundId}/inputs/{code}/attachments/{attachmentId}", "DDADDDL");
        row("attachment", "GET /api/v1/rounds/{roundId}/inputs/{code}/attachments/{attachmentId}", "AAADAAL");
        row("attachment", "POST /rounds/{roundId}/inputs/{code}/attachments", "DDADDDL");
        row("attachment", "GET /rounds/{roundId}/inputs/{code}/attachments/{id}", "AAADAAL");
        row("attachment", "GET /rounds/{roundId}/inputs/{code}/attachments/{id}/delete", "DDADDDL");
        row("attachment", "POST /rounds/{roundId}/inputs/{code}/attachments/{id}/delete", "DDADDDL");
        row("revision", "GET /api/v1/rounds/{roundId}/inputs/{code}/revisions", "DAADDDL");
        row("revision", "GET /api/v1/rounds/{roundId}/inputs/{code}/revisions/diff", "DAADDDL");
        row("revision", "GET /rounds/{roundId}/inputs/{code}/revisions", "DAADDDL");
        row("revision", "GET /rounds/{roundId}/inputs/{code}/revisions/diff", "DAADDDL");
        row("recommendation", "PUT /api/v1/rounds/{roundId}/attribution", "BBBBBBL");
        row("recommendation", "GET /api/v1/rounds/{roundId}/carry-forward", "DCDDDDL");
        row("recommendation", "POST /api/v1/rounds/{roundId}/carry-forward", "DADDDDL");
        row("recommendation", "GET /api/v1/rounds/{roundId}/recommendations", "AAAAAAL");
        row("recommendation", "POST /api/v1/rounds/{roundId}/recommendations", "DADDDDL");
        row("recommendation", "DELETE /api/v1/rounds/{roundId}/recommendations/{id}", "DADDDDL");
        row("recommendation", "GET /api/v1/rounds/{roundId}/recommendations/{id}", "AAAAAAL");
        row("recommendation", "PUT /api/v1/rounds/{roundId}/recommendations/{id}", "DADDDDL");
        row("recommendation", "POST /api/v1/rounds/{roundId}/recommendations/{id}/move-down", "DADDDDL");
        row("recommendation", "POST /api/v1/rounds/{roundId}/recommendations/{id}/move-up", "DADDDDL");
        row("recommendation", "POST /api/v1/rounds/{roundId}/recommendations/{recId}/edits", "DADDDDL");
        row("recommendation", "DELETE /api/v1/rounds/{roundId}/recommendations/{recId}/follow", "AAAAADL");
        row("recommendation", "PUT /api/v1/rounds/{roundId}/recommendations/{recId}/follow", "AAAAADL");
        row("recommendation", "GET /api/v1/rounds/{roundId}/source-matrix", "AAAAAAL");
        row("recommendation", "GET /api/v1/rounds/{roundId}/suggestions", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/attribution", "DADDDDL");
        row("recommendation", "POST /rounds/{roundId}/attribution", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/carry-forward", "DCDDDDL");
        row("recommendation", "POST /rounds/{roundId}/carry-forward", "DADDDDL");
        row("recommendation", "POST /rounds/{roundId}/carry-forward/preview", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/harmonize/suggestions", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/recommendations", "AAAAAAL");
        row("recommendation", "POST /rounds/{roundId}/recommendations", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/recommendations/new", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/recommendations/{id}", "AAAAAAL");
        row("recommendation", "POST /rounds/{roundId}/recommendations/{id}", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/recommendations/{id}/delete", "DADDDDL");
        row("recommendation", "POST /rounds/{roundId}/recommendations/{id}/delete", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/recommendations/{id}/edit", "DADDDDL");
        row("recommendation", "POST /rounds/{roundId}/recommendations/{id}/move", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/review/recommendations/{recId}", "AAAAAAL");
        row("recommendation", "POST /rounds/{roundId}/review/recommendations/{recId}", "DADDDDL");
        row("recommendation", "GET /rounds/{roundId}/review/recommendations/{recId}/edit", "DCDDDDL");
        row("recommendation", "POST /rounds/{roundId}/review/recommendations/{recId}/follow", "AAAAADL");
        row("recommendation", "POST /rounds/{roundId}/review/recommendations/{recId}/unfollow", "AAAAADL");
        row("recommendation", "GET /rounds/{roundId}/source-matrix", "AAAAAAL");
        row("comment", "POST /api/v1/rounds/{roundId}/comments/{commentId}/reopen", "DAADDDL");
        row("comment", "POST /api/v1/rounds/{roundId}/comments/{commentId}/replies", "DAAAADL");
        row("comment", "POST /api/v1/rounds/{roundId}/comments/{commentId}/resolve", "DAADDDL");
        row("comment", "GET /api/v1/rounds/{roundId}/recommendations/{recId}/comments", "AAAAAAL");
        row("comment", "POST /api/v1/rounds/{roundId}/recommendations/{recId}/comments", "DAAAADL");
        row("comment", "POST /rounds/{roundId}/review/comments/{commentId}/reopen", "DAADDDL");
        row("comment", "POST /rounds/{roundId}/review/comments/{commentId}/replies", "DAAAADL");
        row("comment", "POST /rounds/{roundId}/review/comments/{commentId}/resolve", "DAADDDL");
        row("comment", "POST /rounds/{roundId}/review/recommendations/{recId}/comments", "DAAAADL");
        row("position", "POST /api/v1/rounds/{roundId}/positions", "DDAAADL");
        row("position", "GET /rounds/{roundId}/review/positions", "AAAAAAL");
        row("position", "POST /rounds/{roundId}/review/positions", "DDAAADL");
        row("version", "GET /api/v1/rounds/{roundId}/versions", "AAAAAAL");
        row("version", "POST /api/v1/rounds/{roundId}/versions", "DADDDDL");
        row("version", "GET /api/v1/rounds/{roundId}/versions/diff", "AAAAAAL");
        row("version", "GET /api/v1/rounds/{roundId}/versions/{number}", "AAAAAAL");
        row("version", "GET /rounds/{roundId}/review/versions", "AAAAAAL");
        row("version", "POST /rounds/{roundId}/review/versions", "DADDDDL");
        row("version", "GET /rounds/{roundId}/review/versions/diff", "AAAAAAL");
        row("version", "GET /rounds/{roundId}/review/versions/{number}", "AAAAAAL");
        row("submission", "GET /api/v1/rounds/{roundId}/submissions", "AAAAAAL");
        row("submission", "POST /api/v1/rounds/{roundId}/submissions", "DADDDDL");
        row("submission", "GET /api/v1/submissions/{id}", "AAAAAAL");
        row("submission", "POST /api/v1/submissions/{id}/publish", "DADDDDL");
        row("submission", "POST /api/v1/submissions/{id}/uptake-suggestions", "DADDDDL");
        row("submission", "PUT /api/v1/submissions/{id}/uptake/{recommendationId}", "DADDDDL");
        row("submission", "POST /api/v1/submissions/{id}/verify", "BBBBBBL");
        row("submission", "POST /api/v1/submissions/{id}/withdraw", "DADDDDL");
        row("submission", "GET /public/submissions/{trackingNumber}", "AAAAAAA");
        row("submission", "POST /public/submissions/{trackingNumber}/verify", "AAAAAAA");
        row("submission", "GET /rounds/{roundId}/submissions", "AAAAAAL");
        row("submission", "POST /rounds/{roundId}/submissions", "DADDDDL");
        row("submission", "GET /rounds/{roundId}/submissions/close", "DADDDDL");
        row("submission", "POST /rounds/{roundId}/submissions/close", "DADDDDL");
        row("submission", "GET /rounds/{roundId}/submissions/new", "DADDDDL");
        row("submission", "POST /rounds/{roundId}/submissions/preview", "DADDDDL");
        row("submission", "GET /rounds/{roundId}/submissions/{id}", "AAAAAAL");
        row("submission", "GET /rounds/{roundId}/submissions/{id}/publish", "DADDDDL");
        row("submission", "POST /rounds/{roundId}/submissions/{id}/publish", "DADDDDL");
        row("submission", "GET /rounds/{roundId}/submissions/{id}/uptake/suggestions", "DADDDDL");
        row("submission", "POST /rounds/{roundId}/submissions/{id}/uptake/suggestions", "DADDDDL");
        row("submission", "POST /rounds/{roundId}/submissions/{id}/uptake/{recommendationId}", "DADDDDL");
        row("submission", "GET /rounds/{roundId}/submissions/{id}/verify", "AAAAAAL");
        row("submission", "POST /rounds/{roundId}/submissions/{id}/verify", "BBBBBBL");
        row("submission", "GET /rounds/{roundId}/submissions/{id}/withdraw", "DADDDDL");
        row("submission", "POST /rounds/{roundId}/submissions/{id}/withdraw", "DADDDDL");
        row("event", "POST /api/v1/submissions/{id}/events", "DADDDDL");
        row("event", "GET /api/v1/submissions/{id}/events/{eventId}/evidence", "AAAAAAL");
        row("event", "POST /api/v1/submissions/{id}/events/{eventId}/evidence", "DADDDDL");
        row("event", "POST /rounds/{roundId}/submissions/{id}/events", "DADDDDL");
        row("event", "GET /rounds/{roundId}/submissions/{id}/events/{eventId}/evidence", "AAAAAAL");
        row("export", "POST /api/v1/rounds/import", "ADDDDDL");
        row("export", "GET /api/v1/rounds/{id}/export", "AAAAAAL");
        row("export", "GET /api/v1/rounds/{id}/foreword", "DADDDDL");
        row("export", "PUT /api/v1/rounds/{id}/foreword", "DADDDDL");
        row("export", "GET /rounds/import", "ADDDDDL");
        row("export", "POST /rounds/import", "ADDDDDL");
        row("export", "GET /rounds/{roundId}/export", "AAAAAAL");
        row("export", "POST /rounds/{roundId}/export/foreword", "DADDDDL");
        row("token", "GET /api/v1/tokens", "AAAAAAL");
        row("token", "POST /api/v1/tokens", "BBBBBBL");
        row("token", "DELETE /api/v1/tokens/{id}", "DDADDDL");
        row("token", "GET /tokens", "AAAAAAL");
        row("token", "POST /tokens", "BBBBBBL");
        row("token", "GET /tokens/{id}/revoke", "DDADDDL");
        row("token", "POST /tokens/{id}/revoke", "DDADDDL");
        row("account", "GET /accounts", "ADDDDDL");
        row("account", "POST /accounts", "ADDDDDL");
        row("account", "GET /accounts/new", "ADDDDDL");
        row("account", "GET /accounts/{id}", "ADDDDDL");
        row("account", "POST /accounts/{id}", "ADDDDDL");
        row("account", "GET /accounts/{id}/disable", "ADDDDDL");
        row("account", "POST /accounts/{id}/disable", "ADDDDDL");
        row("account", "GET /accounts/{id}/edit", "ADDDDDL");
        row("account", "POST /accounts/{id}/enable", "ADDDDDL");
        row("account", "POST /accounts/{id}/grants", "ADDDDDL");
        row("account", "GET /accounts/{id}/grants/{grantId}/revoke", "ADDDDDL");
        row("account", "POST /accounts/{id}/grants/{grantId}/revoke", "ADDDDDL");
        row("account", "POST /accounts/{id}/password", "ADDDDDL");
        row("account", "POST /accounts/{id}/unlock", "ADDDDDL");
        row("account", "GET /api/v1/accounts", "ADDDDDL");
        row("account", "POST /api/v1/accounts", "ADDDDDL");
        row("account", "GET /api/v1/accounts/{id}", "ADDDDDL");
        row("account", "PUT /api/v1/accounts/{id}", "ADDDDDL");
        row("account", "POST /api/v1/accounts/{id}/disable", "ADDDDDL");
        row("account", "POST /api/v1/accounts/{id}/enable", "ADDDDDL");
        row("account", "GET /api/v1/accounts/{id}/grants", "ADDDDDL");
        row("account", "POST /api/v1/accounts/{id}/grants", "ADDDDDL");
        row("account", "DELETE /api/v1/accounts/{id}/grants/{grantId}", "ADDDDDL");
        row("account", "POST /api/v1/accounts/{id}/password", "ADDDDDL");
        row("account", "POST /api/v1/accounts/{id}/unlock", "ADDDDDL");
        row("account", "GET /api/v1/me", "AAAAAAL");
        row("account", "PUT /api/v1/me/password", "BBBBBBL");
        row("account", "GET /password", "AAAAAAL");
        row("account", "POST /password", "BBBBBBL");
        row("constituency", "GET /api/v1/constituencies", "AAAAAAL");
        row("constituency", "POST /api/v1/constituencies", "ADDDDDL");
        row("constituency", "DELETE /api/v1/constituencies/{id}", "ADDDDDL");
        row("constituency", "GET /api/v1/constituencies/{id}", "AAAAAAL");
        row("constituency", "PUT /api/v1/constituencies/{id}", "ADDDDDL");
        row("constituency", "GET /constituencies", "AAAAAAL");
        row("constituency", "POST /constituencies", "ADDDDDL");
        row("constituency", "GET /constituencies/new", "ADDDDDL");
        row("constituency", "GET /constituencies/{id}", "AAAAAAL");
        row("constituency", "POST /constituencies/{id}", "ADDDDDL");
        row("constituency", "GET /constituencies/{id}/delete", "ADDDDDL");
        row("constituency", "POST /constituencies/{id}/delete", "ADDDDDL");
        row("constituency", "GET /constituencies/{id}/edit", "ADDDDDL");
        row("organisation", "GET /api/v1/organisations", "AAAAAAL");
        row("organisation", "POST /api/v1/organisations", "BBBBBBL");
        row("organisation", "DELETE /api/v1/organisations/{id}", "ADADDDL");
        row("organisation", "GET /api/v1/organisations/{id}", "AAADADL");
        row("organisation", "PUT /api/v1/organisations/{id}", "ADADDDL");
        row("organisation", "GET /organisations", "AAAAAAL");
        row("organisation", "POST /organisations", "BBBBBBL");
        row("organisation", "GET /organisations/new", "ADAADDL");
        row("organisation", "GET /organisations/{id}", "AAADADL");
        row("organisation", "POST /organisations/{id}", "ADADDDL");
        row("organisation", "GET /organisations/{id}/delete", "ADADDDL");
        row("organisation", "POST /organisations/{id}/delete", "ADADDDL");
        row("organisation", "GET /organisations/{id}/edit", "ADADDDL");
        row("forum", "GET /api/v1/forum-sessions/{sessionId}/engagement", "AAAAAAL");
        row("forum", "PUT /api/v1/forum-sessions/{sessionId}/engagement", "AADDDDL");
        row("forum", "GET /api/v1/forums", "AAAAAAL");
        row("forum", "POST /api/v1/forums", "AADDDDL");
        row("forum", "GET /api/v1/forums/{id}", "AAAAAAL");
        row("forum", "PUT /api/v1/forums/{id}", "AADDDDL");
        row("forum", "POST /api/v1/forums/{id}/sessions", "AADDDDL");
        row("forum", "GET /api/v1/forums/{id}/sessions/{sessionId}", "AAAAAAL");
        row("forum", "PUT /api/v1/forums/{id}/sessions/{sessionId}", "AADDDDL");
        row("forum", "GET /forum-sessions/{sessionId}/engagement", "AAAAAAL");
        row("forum", "POST /forum-sessions/{sessionId}/engagement", "AADDDDL");
        row("forum", "GET /forums", "AAAAAAL");
        row("forum", "POST /forums", "AADDDDL");
        row("forum", "GET /forums/new", "AADDDDL");
        row("forum", "GET /forums/{id}", "AAAAAAL");
        row("forum", "POST /forums/{id}", "AADDDDL");
        row("forum", "GET /forums/{id}/edit", "AADDDDL");
        row("forum", "POST /forums/{id}/sessions", "AADDDDL");
        row("forum", "POST /forums/{id}/sessions/{sessionId}", "AADDDDL");
        row("forum", "GET /forums/{id}/sessions/{sessionId}/edit", "AADDDDL");
        row("ally", "GET /allies", "AADDDAL");
        row("ally", "POST /allies", "AADDDDL");
        row("ally", "GET /allies/new", "AADDDDL");
        row("ally", "GET /allies/{id}", "AADDDAL");
        row("ally", "POST /allies/{id}", "AADDDDL");
        row("ally", "GET /allies/{id}/delete", "AADDDDL");
        row("ally", "POST /allies/{id}/delete", "AADDDDL");
        row("ally", "GET /allies/{id}/edit", "AADDDDL");
        row("ally", "GET /api/v1/allies", "AADDDAL");
        row("ally", "POST /api/v1/allies", "AADDDDL");
        row("ally", "DELETE /api/v1/allies/{id}", "AADDDDL");
        row("ally", "GET /api/v1/allies/{id}", "AADDDAL");
        row("ally", "PUT /api/v1/allies/{id}", "AADDDDL");
        row("ratification", "GET /api/v1/ratifications", "AAAAAAL");
        row("ratification", "PUT /api/v1/ratifications/{id}", "AADDDDL");
        row("ratification", "GET /ratifications", "AAAAAAL");
        row("ratification", "POST /ratifications/{id}", "AADDDDL");
        row("ratification", "GET /ratifications/{id}/edit", "AADDDDL");
        row("notice", "GET /api/v1/notices", "AAAAAAL");
        row("notice", "POST /api/v1/notices/read", "AAAAAAL");
        row("notice", "GET /api/v1/notices/settings", "AAAAAAL");
        row("notice", "PUT /api/v1/notices/settings", "BBBBBBL");
        row("notice", "POST /api/v1/notices/{id}/read", "DDADDDL");
        row("notice", "GET /notices", "AAAAAAL");
        row("notice", "POST /notices/read", "AAAAAAL");
        row("notice", "GET /notices/settings", "AAAAAAL");
        row("notice", "POST /notices/settings", "BBBBBBL");
        row("impact", "GET /api/v1/indicators", "AAAAAAL");
        row("impact", "GET /impact", "AAAAAAL");
        row("impact", "GET /impact/indicators.csv", "AAAAAAL");
        row("audit", "GET /audit", "ADDDDDL");
        row("sign-in", "POST /language", "AAAAAAA");
        row("sign-in", "GET /login", "AAAAAAA");
        row("sign-in", "GET /login/failed", "AAAAAAA");
        row("sign-in", "GET /login/keycloak", "DDDDDDD");
        row("sign-in", "GET /login/keycloak/failed", "AAAAAAA");
        row("sign-in", "GET /login/keycloak/refused", "AAAAAAA");
        row("sign-in", "POST /logout", "AAAAAAL");
        row("home", "GET /", "AAAAAAL");
        row("home", "GET /bench/floor", "DDDDDDL");
    }

    static {
        twin("GET /rounds/{id}",
                "GET /api/v1/rounds/{id}");
        twin("GET /rounds",
                "GET /api/v1/rounds");
        twin("GET /rounds/{roundId}/inputs/{code}",
                "GET /api/v1/rounds/{roundId}/inputs/{code}");
        twin("GET /rounds/{roundId}/inputs/{code}/attachments/{id}",
                "GET /api/v1/rounds/{roundId}/inputs/{code}/attachments/{attachmentId}");
        twin("GET /rounds/{roundId}/inputs/{code}/revisions",
                "GET /api/v1/rounds/{roundId}/inputs/{code}/revisions");
        twin("GET /rounds/{roundId}/inputs/{code}/revisions/diff",
                "GET /api/v1/rounds/{roundId}/inputs/{code}/revisions/diff");
        twin("GET /rounds/{roundId}/outcome/{code}",
                "GET /api/v1/rounds/{roundId}/inputs/{code}/outcome");
        twin("GET /rounds/{roundId}/recommendations",
                "GET /api/v1/rounds/{roundId}/recommendations");
        twin("GET /rounds/{roundId}/recommendations/{id}",
                "GET /api/v1/rounds/{roundId}/recommendations/{id}");
        twin("GET /rounds/{roundId}/review/recommendations/{recId}",
                "GET /api/v1/rounds/{roundId}/recommendations/{recId}/comments");
        twin("GET /rounds/{roundId}/review/versions",
                "GET /api/v1/rounds/{roundId}/versions");
        twin("GET /rounds/{roundId}/review/versions/{number}",
                "GET /api/v1/rounds/{roundId}/versions/{number}");
        twin("GET /rounds/{roundId}/review/versions/diff",
                "GET /api/v1/rounds/{roundId}/versions/diff");
        twin("GET /rounds/{roundId}/review/consensus",
                "GET /api/v1/rounds/{roundId}/consensus");
        twin("GET /rounds/{roundId}/source-matrix",
                "GET /api/v1/rounds/{roundId}/source-matrix");
        twin("GET /rounds/{roundId}/harmonize/suggestions",
                "GET /api/v1/rounds/{roundId}/suggestions");
        twin("GET /rounds/{roundId}/carry-forward",
                "GET /api/v1/rounds/{roundId}/carry-forward");
        twin("GET /rounds/{roundId}/submissions",
                "GET /api/v1/rounds/{roundId}/submissions");
        twin("GET /rounds/{roundId}/submissions/{id}",
                "GET /api/v1/submissions/{id}");
        twin("GET /rounds/{roundId}/submissions/{id}/events/{eventId}/evidence",
                "GET /api/v1/submissions/{id}/events/{eventId}/evidence");
        twin("GET /rounds/{roundId}/export",
                "GET /api/v1/rounds/{id}/export");
        twin("GET /tokens",
                "GET /api/v1/tokens");
        twin("GET /accounts",
                "GET /api/v1/accounts");
        twin("GET /accounts/{id}",
                "GET /api/v1/accounts/{id}");
        twin("GET /constituencies",
                "GET /api/v1/constituencies");
        twin("GET /constituencies/{id}",
                "GET /api/v1/constituencies/{id}");
        twin("GET /organisations",
                "GET /api/v1/organisations");
        twin("GET /organisations/{id}",
                "GET /api/v1/organisations/{id}");
        twin("GET /forums",
                "GET /api/v1/forums");
        twin("GET /forums/{id}",
                "GET /api/v1/forums/{id}");
        twin("GET /forum-sessions/{sessionId}/engagement",
                "GET /api/v1/forum-sessions/{sessionId}/engagement");
        twin("GET /allies",
                "GET /api/v1/allies");
        twin("GET /allies/{id}",
                "GET /api/v1/allies/{id}");
        twin("GET /ratifications",
                "GET /api/v1/ratifications");
        twin("GET /notices",
                "GET /api/v1/notices");
        twin("GET /notices/settings",
                "GET /api/v1/notices/settings");
        twin("GET /impact",
                "GET /api/v1/indicators");
        twin("GET /impact/indicators.csv",
                "GET /api/v1/indicators");
    }

    private static void row(String object, String route, String verdicts) {
        ROWS.put(route, new Row(object, verdicts));
    }

    private static void twin(String page, String api) {
        TWINS.put(page, api);
    }
}
