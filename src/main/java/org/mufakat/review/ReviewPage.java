package org.mufakat.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.security.Audience;
import org.mufakat.security.Permissions;
import org.mufakat.web.Calendar;
import org.mufakat.web.CsrfField;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.KeptBody;
import org.mufakat.web.Links;
import org.mufakat.web.Memo;
import org.mufakat.web.Paging;
import org.mufakat.web.RefusedException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The proposal under review: the paged proposal with stage windows, the whole document with footnotes, one
 * recommendation with its comment threads and position form, the convenor's edit form, the position form, the
 * consensus panel and finalizing.
 */
@Path("/rounds/{roundId}/review")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    @Inject
    ReviewWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;
    @Inject
    Permissions permissions;
    @Inject
    Calendar calendar;
    @Inject
    CsrfField csrf;

    @PathParam("roundId")
    long roundId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposal(String title, RawString body);

        static native TemplateInstance proposalBody(ProposalView.Head head, RawString finalization,
                RawString recommendations, WindowForm window, FormErrors errors);

        static native TemplateInstance proposalFinal(ProposalView view);

        static native TemplateInstance proposalItems(ProposalView view, String base);

        static native TemplateInstance document(ProposalView view, boolean unvarnished);

        static native TemplateInstance recommendation(RecommendationView view, CommentForm comment,
                PositionForm position, Long replyTo, CommentForm reply, FormErrors errors);

        static native TemplateInstance edit(RecommendationView view, EditForm form, FormErrors errors,
                Recommendation conflict);

        static native TemplateInstance positions(PositionChoices choices, PositionForm form, FormErrors errors);

        static native TemplateInstance consensus(Round round, RawString body);

        static native TemplateInstance consensusBody(Consensus consensus, Paging<Consensus.Line> lines, String base);

        static native TemplateInstance finalize(ProposalView view, List<String> obstacles, boolean blocked,
                String reason, FormErrors errors);
    }

    /**
     * The page is the same for every visit of one browser (the convenor's window form carries its CSRF token) with one
     * audience, abilities and language on one day until anything in any round changes, so it is kept; a page that
     * brings a flash message is rendered afresh.
     */
    @GET
    public Response proposal(@QueryParam("page") Integer page) {
        int pageIndex = Paging.pageIndex(page);
        ReviewWorkflow.Reader reader = workflow.proposalReader(roundId);
        Supplier<KeptBody> body = () -> new KeptBody(body(pageIndex, WindowForm.empty(), FormErrors.none()));
        KeptBody shown = flash.message() != null || changes.changedHereAnywhere() ? body.get()
                : PAGES.get(new PageKey(changes.everywhere(), roundId, pageIndex, permissions.audience(), reader.may(),
                        calendar.today(), texts.locale(), csrf.token()), body);
        return shown.in(Templates.proposal(reader.round().title, KeptBody.SLOT), texts.locale());
    }

    private record PageKey(RoundChanges.Everywhere changes, long round, int page, Audience audience,
            ProposalView.Abilities may, LocalDate today, Locale locale, String csrfToken) {
    }

    private static final Memo<PageKey, KeptBody> PAGES = new Memo<>(32);

    /** The proposal page without the page shell: its head and window form, the finalization and recommendations. */
    private RawString body(int pageIndex, WindowForm window, FormErrors errors) {
        ProposalView.Head head = workflow.proposalHead(roundId);
        Locale locale = texts.locale();
        Supplier<Rendered> rendered = () -> {
            ProposalView view = workflow.proposal(roundId, pageIndex);
            return new Rendered(texts.render(Templates.proposalFinal(view)),
                    texts.render(Templates.proposalItems(view, Links.base(base()))));
        };
        Rendered shown = changes.changedHereAnywhere() ? rendered.get()
                : RENDERED.get(new RenderedKey(changes.everywhere(), roundId, pageIndex, permissions.audience(),
                        head.may().seeCounts(), calendar.today(), locale), rendered);
        return texts.render(Templates.proposalBody(head, shown.finalization(), shown.recommendations(), window,
                errors));
    }

    /**
     * A page of the proposal as one audience reads it in one language on one day (consent by silence follows the
     * date), rendered: its recommendations with sources, standings, counts, lineage notes and footnotes, and how it was
     * finalized. The same for every such reader until anything in any round changes (a lineage crosses rounds), so it
     * is kept under every round's change counter.
     */
    private record RenderedKey(RoundChanges.Everywhere changes, long round, int page, Audience audience,
            boolean seeCounts, LocalDate today, Locale locale) {
    }

    private record Rendered(RawString finalization, RawString recommendations) {
    }

    private static final Memo<RenderedKey, Rendered> RENDERED = new Memo<>(16);

    @GET
    @Path("document")
    public TemplateInstance document(@QueryParam("register") String register) {
        return Templates.document(workflow.document(roundId), "unvarnished".equals(register));
    }

    @POST
    @Path("windows")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setWindow(MultivaluedMap<String, String> fields) {
        WindowForm form = WindowForm.from(new FormData(fields));
        try {
            StageWindow w = workflow.setWindow(roundId, form);
            return flash.redirect(base() + "#windows", texts.get("mufakat.review.windowSaved",
                    texts.get("mufakat.round.status." + w.stage.name()), w.closesOn));
        } catch (FormInvalidException e) {
            return Response.status(e.isConflict() ? 409 : 400).entity(Templates.proposal(
                    workflow.proposalReader(roundId).round().title, body(0, form, e.errors()))).build();
        }
    }

    // ---- one recommendation -------------------------------------------------------------------------------------

    @GET
    @Path("recommendations/{recId}")
    public TemplateInstance recommendation(@PathParam("recId") long recId) {
        RecommendationView view = workflow.recommendation(roundId, recId);
        return Templates.recommendation(view, CommentForm.empty(), view.current(), null, CommentForm.empty(),
                FormErrors.none());
    }

    @POST
    @Path("recommendations/{recId}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("recId") long recId, MultivaluedMap<String, String> fields) {
        CommentForm form = CommentForm.from(new FormData(fields));
        try {
            Comment c = workflow.comment(roundId, recId, form);
            return flash.redirect(recommendationPath(recId) + "#c" + c.id, texts.get("mufakat.review.commented"));
        } catch (FormInvalidException e) {
            RecommendationView view = workflow.recommendation(roundId, recId);
            return Response.status(e.isConflict() ? 409 : 400).entity(Templates.recommendation(view, form,
                    view.current(), null, CommentForm.empty(), e.errors())).build();
        }
    }

    @POST
    @Path("comments/{commentId}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("commentId") long commentId, MultivaluedMap<String, String> fields) {
        CommentForm form = new CommentForm(null, new FormData(fields).text("reply" + commentId));
        try {
            Comment c = workflow.reply(roundId, commentId, form);
            return flash.redirect(recommendationPath(c.recommendation.id) + "#c" + c.id,
                    texts.get("mufakat.review.replied"));
        } catch (FormInvalidException e) {
            Comment thread = workflow.comment(roundId, commentId).thread();
            FormErrors errors = FormErrors.none();
            e.errors().entries().forEach(en -> errors.add("reply" + thread.id, en.message()));
            long recId = thread.recommendation.id;
            RecommendationView view = workflow.recommendation(roundId, recId);
            return Response.status(e.isConflict() ? 409 : 400).entity(Templates.recommendation(view,
                    CommentForm.empty(), view.current(), thread.id, form, errors)).build();
        }
    }

    @POST
    @Path("comments/{commentId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("commentId") long commentId) {
        return resolve(commentId, true);
    }

    @POST
    @Path("comments/{commentId}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("commentId") long commentId) {
        return resolve(commentId, false);
    }

    private Response resolve(long commentId, boolean resolved) {
        Comment thread = workflow.resolve(roundId, commentId, resolved);
        return flash.redirect(recommendationPath(thread.recommendation.id) + "#c" + thread.id,
                texts.get(resolved ? "mufakat.review.resolved" : "mufakat.review.reopened"));
    }

    @POST
    @Path("recommendations/{recId}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@PathParam("recId") long recId) {
        workflow.follow(roundId, recId, true);
        return flash.redirect(recommendationPath(recId), texts.get("mufakat.review.following"));
    }

    @POST
    @Path("recommendations/{recId}/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unfollow(@PathParam("recId") long recId) {
        workflow.follow(roundId, recId, false);
        return flash.redirect(recommendationPath(recId), texts.get("mufakat.review.notFollowing"));
    }

    @GET
    @Path("recommendations/{recId}/edit")
    public TemplateInstance editForm(@PathParam("recId") long recId) {
        Recommendation r = workflow.toEdit(roundId, recId);
        return Templates.edit(workflow.recommendation(roundId, recId), EditForm.of(r), FormErrors.none(), null);
    }

    @POST
    @Path("recommendations/{recId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("recId") long recId, MultivaluedMap<String, String> fields) {
        EditForm form = EditForm.from(new FormData(fields));
        try {
            Recommendation r = workflow.edit(roundId, recId, form);
            return flash.redirect(recommendationPath(recId), texts.get("mufakat.review.edited", r.number()));
        } catch (FormInvalidException e) {
            RecommendationView view = workflow.recommendation(roundId, recId);
            if (e.isConflict() && e.errors().has("version")) {
                Recommendation current = view.recommendation();
                return Response.status(409).entity(Templates.edit(view, form.withVersion(current.version),
                        e.errors(), current)).build();
            }
            return Response.status(e.isConflict() ? 409 : 400).entity(Templates.edit(view, form, e.errors(), null))
                    .build();
        }
    }

    // ---- positions, consensus, finalizing -----------------------------------------------------------------------

    @GET
    @Path("positions")
    public TemplateInstance positions(@QueryParam("recommendation") Long recId) {
        return Templates.positions(workflow.positionChoices(roundId), PositionForm.empty(recId), FormErrors.none());
    }

    @POST
    @Path("positions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takePosition(MultivaluedMap<String, String> fields) {
        FormData data = new FormData(fields);
        PositionForm form = PositionForm.from(data);
        boolean fromRecommendation = "recommendation".equals(data.text("from")) && form.recommendationId() != null;
        try {
            Position p = workflow.takePosition(roundId, form);
            String message = texts.get("mufakat.review.positionTaken", p.party(), p.recommendation == null
                    ? texts.get("mufakat.review.wholeProposal") : p.recommendation.number());
            return flash.redirect(fromRecommendation ? recommendationPath(form.recommendationId()) + "#position"
                    : base() + "/positions", message);
        } catch (FormInvalidException e) {
            int status = e.isConflict() ? 409 : 400;
            if (fromRecommendation) {
                return Response.status(status).entity(Templates.recommendation(
                        workflow.recommendation(roundId, form.recommendationId()), CommentForm.empty(), form, null,
                        CommentForm.empty(), e.errors())).build();
            }
            return Response.status(status).entity(Templates.positions(workflow.positionChoices(roundId), form,
                    e.errors())).build();
        }
    }

    @GET
    @Path("consensus")
    public Response consensus(@QueryParam("page") Integer page) {
        Round round = workflow.round(roundId);
        Locale locale = texts.locale();
        Supplier<KeptBody> body = () -> {
            ReviewWorkflow.ConsensusPage shown = workflow.consensus(roundId, page);
            return new KeptBody(texts.render(Templates.consensusBody(shown.consensus(), shown.lines(),
                    Links.base(base() + "/consensus"))));
        };
        return changes.version(round).map(v -> CONSENSUS.get(new ConsensusKey(v, page, permissions.audience(),
                calendar.today(), locale), body)).orElseGet(body).in(Templates.consensus(round, KeptBody.SLOT), locale);
    }

    /**
     * A page of the consensus panel as one audience reads it in one language on one day (consent by silence follows
     * the date), rendered; kept under the round's change counter.
     */
    private record ConsensusKey(RoundChanges.Version version, Integer page, Audience audience, LocalDate today,
            Locale locale) {
    }

    private static final Memo<ConsensusKey, KeptBody> CONSENSUS = new Memo<>(32);

    @GET
    @Path("finalize")
    public TemplateInstance finalizeForm() {
        return finalizeForm(workflow.finalizeObstacles(roundId), null, FormErrors.none());
    }

    @POST
    @Path("finalize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finalizeProposal(MultivaluedMap<String, String> fields) {
        String reason = new FormData(fields).text("overrideReason");
        try {
            workflow.finalize(roundId, reason);
            return flash.redirect(base(), texts.get("mufakat.review.finalized"));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(finalizeForm(workflow.finalizeObstacles(roundId), reason, e.errors()))
                    .build();
        } catch (RefusedException e) {
            return Response.status(409).entity(finalizeForm(e.reasons(), reason, FormErrors.none())).build();
        }
    }

    /**
     * The finalize form, without its button while something no override lifts stands in the way; with the reasons
     * given on every recommendation, so the whole proposal is worked out, not a page.
     */
    private TemplateInstance finalizeForm(List<String> obstacles, String reason, FormErrors errors) {
        return Templates.finalize(workflow.document(roundId), obstacles,
                !workflow.finalizeBlockers(roundId).isEmpty(), reason, errors);
    }

    private String base() {
        return "/rounds/" + roundId + "/review";
    }

    private String recommendationPath(long recId) {
        return base() + "/recommendations/" + recId;
    }
}
