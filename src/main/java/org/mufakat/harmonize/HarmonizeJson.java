package org.mufakat.harmonize;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.input.Statement;
import org.mufakat.security.Audience;

/**
 * The JSON shapes of the harmonization API. What a reader's {@link Audience} does not see is left out without a
 * trace: a restricted statement it does not open appears nowhere, not even as a count.
 */
public final class HarmonizeJson {

    private HarmonizeJson() {
    }

    /** A source or outcome statement the reader sees. */
    public record StatementRef(long id, String reference, String constituencyCode, String theme, String addressee,
            String text, boolean restricted) {

        static StatementRef of(Statement s) {
            return new StatementRef(s.id, s.reference(), s.input.constituency.code, s.theme.code, s.addressee,
                    s.text, s.restricted);
        }
    }

    public record RecommendationJson(long id, String number, String themeCode, int position, String addressee,
            String text, String unvarnishedText, List<StatementRef> sources, long version, Lineage lineage) {

        /** Restricted sources the reader may not see are left out altogether. */
        static RecommendationJson of(Recommendation r, Audience audience, Lineage lineage) {
            return new RecommendationJson(r.id, r.number(), r.theme.code, r.position, r.addressee, r.text,
                    r.unvarnished(), audience.visible(r.sources).stream().map(StatementRef::of).toList(), r.version,
                    lineage);
        }
    }

    /** A page of the round's recommendations, in the shape of every page of the API. */
    public record RecommendationPage(List<RecommendationJson> items, int page, int size, long total) {
    }

    /** Body of recommendation POST and PUT; {@code version} only for PUT. */
    public record RecommendationBody(String themeCode, String addressee, String text, String unvarnishedText,
            List<Long> sourceStatementIds, Long version) {

        RecommendationForm toForm() {
            return new RecommendationForm(blank(themeCode), blank(addressee), blank(text), blank(unvarnishedText),
                    sourceStatementIds == null ? List.of()
                            : sourceStatementIds.stream().filter(Objects::nonNull).distinct().toList(),
                    version);
        }
    }

    /** Body of the disposition PUT; {@code version} is the disposition's when it has one. */
    public record DispositionBody(@Schema(ref = "Fate") String fate, String rationale, Long recommendationId,
            Long version) {

        DispositionForm toForm() {
            return new DispositionForm(blank(fate), blank(rationale), recommendationId, version);
        }
    }

    public record DispositionJson(long statementId, String reference, Fate fate, String rationale,
            Long recommendationId, String recommendationNumber, boolean automatic, long version) {

        static DispositionJson of(Disposition d) {
            return new DispositionJson(d.statement.id, d.statement.reference(), d.fate, d.rationale,
                    d.recommendation == null ? null : d.recommendation.id,
                    d.recommendation == null ? null : d.recommendation.number(), d.automatic, d.version);
        }
    }

    public record SuggestionJson(double score, List<String> sharedTerms, List<StatementRef> statements,
            String mergedInto) {

        static SuggestionJson of(Suggestions.Suggestion s) {
            return new SuggestionJson(s.score(), s.terms(),
                    s.statements().stream().map(StatementRef::of).toList(),
                    s.merged() ? s.mergedInto().number() : null);
        }
    }

    /** One statement of an outcome: {@code fate} null while it has none. */
    public record OutcomeLine(StatementRef statement, Fate fate, String rationale, List<String> recommendations) {
    }

    public record OutcomeJson(long roundId, String constituencyCode, List<OutcomeLine> statements) {

        static OutcomeJson of(Outcome o, Audience audience) {
            return new OutcomeJson(o.round().id, o.constituency().code, o.rows().stream()
                    .filter(r -> audience.sees(r.statement()))
                    .map(r -> new OutcomeLine(StatementRef.of(r.statement()),
                            r.disposition() == null ? null : r.disposition().fate(),
                            r.disposition() == null ? null : r.disposition().rationale(),
                            r.feeds().stream().map(Recommendation::number).toList()))
                    .toList());
        }
    }

    /** Per recommendation number, how many statements of each constituency (by code) it came from. */
    public record SourceMatrixJson(long roundId, List<String> constituencies, Map<String, Map<String, Integer>> rows) {

        static SourceMatrixJson of(SourceMatrix m) {
            List<String> codes = m.constituencies().stream().map(c -> c.code).toList();
            Map<String, Map<String, Integer>> rows = new java.util.LinkedHashMap<>();
            for (SourceMatrix.Line line : m.lines()) {
                Map<String, Integer> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < codes.size(); i++) {
                    row.put(codes.get(i), line.counts().get(i));
                }
                rows.put(line.recommendation().number(), row);
            }
            return new SourceMatrixJson(m.round().id, codes, rows);
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Body and answer of {@code PUT /api/v1/rounds/{id}/attribution}: whether outputs may name who proposed what. */
    public record Attribution(Boolean publicAttribution) {
    }
}
