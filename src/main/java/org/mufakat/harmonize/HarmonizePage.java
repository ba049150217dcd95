package org.mufakat.harmonize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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

import org.mufakat.input.Statement;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.security.Audience;
import org.mufakat.web.CsrfField;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.KeptBody;
import org.mufakat.web.Links;
import org.mufakat.web.Memo;
import org.mufakat.web.RefusedException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The convenor's harmonization pages: the workspace with its filters, similarity suggestions, the recommendation
 * form (new, from chosen statements, and edit), reordering, deletion after confirmation, and a statement's fate.
 */
@Path("/rounds/{roundId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HarmonizePage {

    @Inject
    HarmonizeWorkflow workflow;
    @Inject
    Suggestions suggestions;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;
    @Inject
    CsrfField csrf;

    @PathParam("roundId")
    long roundId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(Round round, RawString body);

        static native TemplateInstance workspaceBody(Workspace ws, String base);

        static native TemplateInstance suggestions(Round round, List<Suggestions.Suggestion> suggestions);

        static native TemplateInstance recommendation(Round round, Recommendation existing, RecommendationForm form,
                List<Statement> candidates, FormErrors errors, Recommendation conflict);

        static native TemplateInstance delete(Round round, Recommendation recommendation, long orphans,
                FormErrors errors);

        static native TemplateInstance attribution(Round round, boolean shown, String frozen);

        static native TemplateInstance disposition(Round round, Statement statement, Disposition current,
                DispositionForm form, List<Recommendation> feeds, List<Recommendation> choices, FormErrors errors);
    }

    @GET
    @Path("harmonize")
    public Response workspace(@QueryParam("theme") String theme, @QueryParam("addressee") String addressee,
            @QueryParam("constituency") String constituency, @QueryParam("fate") String fate,
            @QueryParam("q") String q, @QueryParam("page") String page) {
        Round round = workflow.convenors(roundId);
        Locale locale = texts.locale();
        Supplier<KeptBody> body = () -> {
            Workspace ws = workflow.workspace(roundId, theme, addressee, constituency, fate, q, pageNumber(page));
            Workspace.Filter f = ws.filter();
            return new KeptBody(texts.render(Templates.workspaceBody(ws, Links.base(base() + "/harmonize", "theme",
                    f.theme(), "addressee", f.addressee(), "constituency", f.constituency(), "fate", f.fate(), "q",
                    f.q()))));
        };
        // A message brought by a redirect is shown once, beside its row: that page is not kept.
        boolean keep = flash.message() == null && !changes.changedHereAnywhere();
        KeptBody shown = keep ? WORKSPACES.get(new WorkspaceKey(changes.everywhere(), roundId,
                Arrays.asList(theme, addressee, constituency, fate, q, page), workflow.audience(), csrf.token(),
                locale), body) : body.get();
        return shown.in(Templates.workspace(round, KeptBody.SLOT), locale);
    }

    /**
     * A page of the workspace as asked for (its filter and page, as given), rendered for one browser (its forms carry
     * that browser's CSRF token) in one language; kept until anything in any round changes (lineages cross rounds), so
     * going back and forth between themes and pages reads nothing again.
     */
    private record WorkspaceKey(RoundChanges.Everywhere changes, long round, List<String> asked, Audience audience,
            String csrfToken, Locale locale) {
    }

    private static final Memo<WorkspaceKey, KeptBody> WORKSPACES = new Memo<>(16);

    @GET
    @Path("harmonize/suggestions")
    public TemplateInstance suggestions() {
        Round round = workflow.round(roundId);
        return Templates.suggestions(round, suggestions.forRound(roundId));
    }

    /** The new recommendation's form, filled in from the statements ticked in the workspace or a suggestion. */
    @GET
    @Path("recommendations/new")
    public TemplateInstance newRecommendation(@QueryParam("statement") List<String> statements) {
        RecommendationForm form = workflow.draft(roundId, RecommendationForm.ids(statements));
        return form(null, form, FormErrors.none(), null);
    }

    @POST
    @Path("recommendations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        RecommendationForm form = RecommendationForm.from(new FormData(fields));
        try {
            Recommendation r = workflow.create(roundId, form);
            return flash.redirect(workspaceAfterMerge(r), texts.get("mufakat.harmonize.created", r.number()));
        } catch (FormInvalidException e) {
            return Response.status(e.isConflict() ? 409 : 400).entity(form(null, form, e.errors(), null)).build();
        }
    }

    @GET
    @Path("recommendations/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Recommendation r = workflow.toChange(roundId, id);
        return form(r, RecommendationForm.of(r), FormErrors.none(), null);
    }

    @POST
    @Path("recommendations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        RecommendationForm form = RecommendationForm.from(new FormData(fields));
        try {
            Recommendation r = workflow.update(roundId, id, form);
            return flash.redirect(workspaceFor(r), texts.get("mufakat.harmonize.saved", r.number()));
        } catch (FormInvalidException e) {
            Recommendation current = workflow.toChange(roundId, id);
            if (e.errors().has("version")) {
                RecommendationForm mine = new RecommendationForm(form.theme(), form.addressee(), form.text(),
                        form.unvarnishedText(), form.sources(), current.version);
                return Response.status(409).entity(form(current, mine, e.errors(), current)).build();
            }
            return Response.status(e.isConflict() ? 409 : 400).entity(form(current, form, e.errors(), null))
                    .build();
        }
    }

    @POST
    @Path("recommendations/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        boolean up = "up".equals(new FormData(fields).text("direction"));
        try {
            Recommendation r = workflow.move(roundId, id, up);
            return flash.redirect(workspaceFor(r) + "#r" + r.id, texts.get("mufakat.harmonize.moved", r.number()));
        } catch (FormInvalidException e) {
            throw refused(e);
        }
    }

    @GET
    @Path("recommendations/{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        Recommendation r = workflow.toChange(roundId, id);
        return Templates.delete(r.round, r, orphansIfDeleted(r), FormErrors.none());
    }

    @POST
    @Path("recommendations/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Long version = new FormData(fields).number("version");
        try {
            Recommendation r = workflow.toChange(roundId, id);
            String back = workspaceFor(r);
            List<Statement> orphans = workflow.delete(roundId, id, version == null ? -1L : version);
            return flash.redirect(back, orphans.isEmpty() ? texts.get("mufakat.harmonize.deleted")
                    : texts.get("mufakat.harmonize.deletedOrphans", orphans.size(),
                            String.join(", ", orphans.stream().map(Statement::reference).toList())));
        } catch (FormInvalidException e) {
            Recommendation r = workflow.toChange(roundId, id);
            return Response.status(409).entity(Templates.delete(r.round, r, orphansIfDeleted(r), e.errors()))
                    .build();
        }
    }

    @GET
    @Path("statements/{id}/disposition")
    public TemplateInstance disposition(@PathParam("id") long id) {
        Statement s = workflow.statementFor(roundId, id);
        Disposition d = workflow.dispositionOf(s);
        return dispositionForm(s, d, DispositionForm.of(d), FormErrors.none());
    }

    @POST
    @Path("statements/{id}/disposition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispose(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        DispositionForm form = DispositionForm.from(new FormData(fields));
        try {
            Disposition d = workflow.dispose(roundId, id, form);
            Statement s = d.statement;
            return flash.redirect(workspaceOf(s) + "#s" + s.id,
                    texts.get("mufakat.harmonize.disposed", s.reference()));
        } catch (FormInvalidException e) {
            Statement s = workflow.statementFor(roundId, id);
            Disposition current = workflow.dispositionOf(s);
            DispositionForm mine = e.errors().has("version") ? new DispositionForm(form.fate(), form.rationale(),
                    form.recommendation(), current == null ? null : current.version) : form;
            return Response.status(e.isConflict() ? 409 : 400).entity(dispositionForm(s, current, mine, e.errors()))
                    .build();
        }
    }

    /** Asks before the convenor changes whether outputs name the constituencies: one click changes every export. */
    @GET
    @Path("attribution")
    public TemplateInstance confirmAttribution(@QueryParam("shown") String shown) {
        Round round = workflow.attributionToChange(roundId);
        boolean show = shown == null ? !round.publicAttribution : "true".equals(shown);
        return Templates.attribution(round, show, workflow.mayChangeAttribution(round) ? null
                : texts.get("mufakat.harmonize.attributionFrozen"));
    }

    @POST
    @Path("attribution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attribution(MultivaluedMap<String, String> fields) {
        boolean shown = "true".equals(new FormData(fields).text("shown"));
        try {
            workflow.setPublicAttribution(roundId, shown);
        } catch (FormInvalidException e) {
            throw refused(e);
        }
        return flash.redirect(base() + "/source-matrix", texts.get(shown ? "mufakat.harmonize.attributionOn"
                : "mufakat.harmonize.attributionOff"));
    }

    private TemplateInstance form(Recommendation existing, RecommendationForm form, FormErrors errors,
            Recommendation conflict) {
        Round round = workflow.round(roundId);
        List<Long> ids = form.sources().isEmpty() && existing != null
                ? existing.sources.stream().map(s -> s.id).toList() : form.sources();
        List<Statement> candidates = workflow.candidates(roundId, ids);
        return Templates.recommendation(round, existing, form, candidates, errors, conflict);
    }

    private TemplateInstance dispositionForm(Statement s, Disposition current, DispositionForm form,
            FormErrors errors) {
        return Templates.disposition(s.input.round, s, current, form, workflow.feedsOf(s),
                workflow.recommendations(roundId), errors);
    }

    /** How many of its sources would be left without a fate. */
    private long orphansIfDeleted(Recommendation r) {
        return r.sources.stream().filter(s -> workflow.feedsOf(s).size() == 1).count();
    }

    /** A refusal by the round's stage (a move past the end, a final text) as the 409 page with its sentence. */
    private static RefusedException refused(FormInvalidException e) {
        return new RefusedException(List.copyOf(e.errors().asMap().values()));
    }

    private String workspaceFor(Recommendation r) {
        return base() + "/harmonize?theme=" + r.theme.code;
    }

    /** Back to the page the statements were ticked on: its first source's, when that is of its theme. */
    private String workspaceAfterMerge(Recommendation r) {
        return r.sources.isEmpty() || !r.sources.get(0).theme.id.equals(r.theme.id) ? workspaceFor(r)
                : workspaceOf(r.sources.get(0));
    }

    /** The workspace's page of the statement's theme on which it is listed. */
    private String workspaceOf(Statement s) {
        int page = workflow.workspacePageOf(s);
        return base() + "/harmonize?theme=" + s.theme.code + (page > 1 ? "&page=" + page : "");
    }

    /** {@code ?page=} as a number; anything else (text, a number past an int) is the first page. */
    private static Integer pageNumber(String page) {
        try {
            return page == null ? null : Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String base() {
        return "/rounds/" + roundId;
    }
}
