package org.mufakat.harmonize;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mufakat.network.Constituency;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.security.Audience;
import org.mufakat.web.KeptBody;
import org.mufakat.web.Memo;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Where things went: the round's recommendations with the provenance of each, "what became of our input" per
 * constituency (also as CSV), and the source matrix. Restricted statements are shown in full only to those who may
 * read them.
 */
@Path("/rounds/{roundId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OutcomePage {

    @Inject
    HarmonizeWorkflow workflow;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;

    static final int PAGE_SIZE = 50;

    @PathParam("roundId")
    long roundId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recommendations(Round round, Paging<Recommendation> paging,
                java.util.Map<Long, Integer> visibleSources, String base, boolean canHarmonize);

        static native TemplateInstance provenance(Round round, Recommendation recommendation, List<Source> sources);

        static native TemplateInstance outcomes(Round round, List<Constituency> constituencies);

        static native TemplateInstance outcome(Outcome outcome, boolean canReadRecommendations);

        static native TemplateInstance matrix(SourceMatrix.Frame frame, RawString body);

        static native TemplateInstance matrixBody(SourceMatrix.Frame frame, boolean canChangeAttribution,
                RawString table);

        static native TemplateInstance matrixTable(SourceMatrix matrix);
    }

    /**
     * A theme's matrix page as one audience reads it in one language, rendered: a few thousand cells, the same for
     * every such reader (and whether they may change attribution) until anything in the round changes, so it is kept
     * under the round's change counter.
     */
    private record PageKey(RoundChanges.Version version, Long theme, Audience audience, boolean mayChange,
            Locale locale) {
    }

    private static final Memo<PageKey, KeptBody> PAGES = new Memo<>(32);

    /** A source statement and whether this reader may see its wording (a restricted one) and evidence. */
    public record Source(org.mufakat.input.Statement statement, boolean open) {
    }

    /** In pages of 50: a proposal can hold some 200 recommendations. */
    @GET
    @Path("recommendations")
    public TemplateInstance recommendations(@QueryParam("page") Integer page) {
        List<Recommendation> all = workflow.recommendations(roundId);
        Round round = workflow.round(roundId);
        Paging<Recommendation> paging = Paging.of(all, Paging.pageIndex(page), PAGE_SIZE);
        java.util.Map<Long, Integer> visible = paging.items().stream().collect(java.util.stream.Collectors.toMap(
                r -> r.id, r -> workflow.visibleSources(r).size()));
        return Templates.recommendations(round, paging, visible, "/rounds/" + roundId + "/recommendations?",
                workflow.mayHarmonize(round));
    }

    @GET
    @Path("recommendations/{id}")
    public TemplateInstance provenance(@PathParam("id") long id) {
        Recommendation r = workflow.provenance(roundId, id);
        List<Source> sources = workflow.visibleSources(r).stream()
                .map(s -> new Source(s, workflow.audience().opens(s.scopeConstituencyId()))).toList();
        return Templates.provenance(r.round, r, sources);
    }

    @GET
    @Path("outcome")
    public Response outcomes() {
        Round round = workflow.round(roundId);
        List<Constituency> visible = workflow.outcomesVisible(roundId);
        if (visible.size() == 1 && !workflow.mayHarmonize(round)) {
            return Response.seeOther(java.net.URI.create("/rounds/" + roundId + "/outcome/" + visible.get(0).code))
                    .build();
        }
        return Response.ok(Templates.outcomes(round, visible)).build();
    }

    @GET
    @Path("outcome/{code}")
    public TemplateInstance outcome(@PathParam("code") String code) {
        Outcome outcome = workflow.outcome(roundId, code);
        return Templates.outcome(outcome, workflow.mayRead(outcome.round()));
    }

    /** The same as a spreadsheet; restricted statements and all evidence are left out of the file. */
    @GET
    @Path("outcome/{code}/csv")
    @Produces("text/csv")
    public Response outcomeCsv(@PathParam("code") String code) {
        Outcome outcome = workflow.outcome(roundId, code);
        return Response.ok(OutcomeCsv.write(outcome, workflow.audience(), texts))
                .header("Content-Disposition", "attachment; filename=\"outcome-round-" + roundId + "-"
                        + outcome.constituency().code.replaceAll("[^A-Za-z0-9-]", "") + ".csv\"")
                .build();
    }

    @GET
    @Path("source-matrix")
    public Response matrix(@QueryParam("theme") String theme) {
        SourceMatrix.Frame frame = workflow.sourceMatrixFrame(roundId, theme);
        Locale locale = texts.locale();
        boolean mayChange = workflow.mayChangeAttribution(frame.round());
        Supplier<KeptBody> body = () -> new KeptBody(texts.render(Templates.matrixBody(frame, mayChange,
                texts.render(Templates.matrixTable(workflow.sourceMatrix(frame))))));
        return changes.version(frame.round())
                .map(v -> PAGES.get(new PageKey(v, frame.theme() == null ? null : frame.theme().id,
                        workflow.audience(), mayChange, locale), body))
                .orElseGet(body).in(Templates.matrix(frame, KeptBody.SLOT), locale);
    }
}
