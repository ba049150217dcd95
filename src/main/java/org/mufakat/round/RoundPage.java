package org.mufakat.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

import org.mufakat.forum.ForumSession;
import org.mufakat.network.Constituency;
import org.mufakat.network.NetworkAction;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Grant;
import org.mufakat.security.Permissions;
import org.mufakat.security.Role;
import org.mufakat.security.Scoped;
import org.mufakat.web.Calendar;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.CsrfField;
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

/** Rounds: the list, the convenor's set-up form, and the round page with its stages and completeness matrix. */
@Path("/rounds")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RoundPage {

    @Inject
    RoundWorkflow workflow;
    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    Calendar calendar;
    @Inject
    RoundChanges changes;
    @Inject
    CsrfField csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<Round> paging, String status, List<RoundStatus> statuses,
                String base, boolean canManage);

        static native TemplateInstance form(RoundForm form, FormErrors errors, Round existing, Round conflict,
                List<ForumSession> sessions, List<Constituency> constituencies, List<RoundStatus> reviewStages);

        static native TemplateInstance show(Round round, RawString body);

        static native TemplateInstance showBody(Round round, CompletenessMatrix matrix, List<String> obstacles,
                List<String> refusal, FormErrors errors, List<RoundTransition> history, boolean canManage,
                boolean forceable, String forceReason, Set<String> myConstituencies, LocalDate today);
    }

    @GET
    public TemplateInstance index(@QueryParam("status") String status, @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        RoundStatus filter = parse(status);
        Paging<Round> paging = Paging.load(page, Paging.DEFAULT_SIZE, Round.countWith(filter),
                index -> Round.page(filter, index, Paging.DEFAULT_SIZE));
        return Templates.index(paging, filter == null ? null : filter.name(), List.of(RoundStatus.values()),
                Links.base("/rounds", "status", filter == null ? null : filter.name()), canManage());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        permissions.check(RoundAction.MANAGE_ROUNDS, Scoped.NETWORK);
        return form(RoundForm.empty(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        RoundForm form = RoundForm.from(new FormData(fields));
        try {
            Round round = workflow.create(form);
            return flash.redirect("/rounds/" + round.id, texts.get("mufakat.round.created"));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(form(form, e.errors(), null, null)).build();
        }
    }

    /**
     * The round page. It is the same for every visit of one browser (its forms carry that browser's CSRF token) with
     * the same rights, on one day and in one language, until anything in the round changes, so it is kept under the
     * round's change counter; a page that brings a flash message is rendered afresh.
     */
    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id) {
        Round round = workflow.view(id);
        Reader reader = reader(round);
        Supplier<KeptBody> body = () -> new KeptBody(body(round, reader, List.of(), FormErrors.none(), null));
        KeptBody rendered = flash.message() != null ? body.get()
                : changes.version(round).map(v -> PAGES.get(new PageKey(v, reader, calendar.today(), csrf.token(),
                        texts.locale()), body)).orElseGet(body);
        return rendered.in(Templates.show(round, KeptBody.SLOT), texts.locale());
    }

    /** What the round page shows this person depends on: their rights and the inputs they write. */
    private record Reader(boolean progress, boolean canManage, boolean secretariat, Set<String> myConstituencies) {
    }

    private record PageKey(RoundChanges.Version version, Reader reader, LocalDate today, String csrfToken,
            Locale locale) {
    }

    private static final Memo<PageKey, KeptBody> PAGES = new Memo<>(32);

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Round round = workflow.view(id);
        permissions.check(RoundAction.MANAGE_ROUNDS, round);
        return form(RoundForm.of(round), FormErrors.none(), round, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        RoundForm form = RoundForm.from(new FormData(fields));
        try {
            workflow.update(id, form);
            return flash.redirect("/rounds/" + id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            Round current = workflow.view(id);
            if (e.isConflict()) {
                RoundForm mine = new RoundForm(form.title(), form.purpose(), form.forumSessionId(), form.themes(),
                        form.addressees(), form.constituencyCodes(), form.inputDeadline(), form.endorsementDeadline(),
                        form.reviewStages(), current.version);
                return Response.status(409).entity(form(mine, e.errors(), current, current)).build();
            }
            return Response.status(400).entity(form(form, e.errors(), current, null)).build();
        }
    }

    /** The stage button, and the convenor's "move on anyway" with a reason. */
    @POST
    @Path("{id}/advance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response advance(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        FormData f = new FormData(fields);
        try {
            Round round = workflow.advance(id, parse(f.text("from")), f.text("forceReason"),
                    "true".equals(f.text("anyway")));
            return flash.redirect("/rounds/" + id, texts.get("mufakat.round.advanced",
                    RoundLabels.label(round.status())));
        } catch (RefusedException e) {
            return Response.status(409).entity(show(workflow.view(id), e.reasons(), FormErrors.none())).build();
        } catch (FormInvalidException e) {
            return Response.status(400).entity(show(workflow.view(id), List.of(), e.errors(), f.text("forceReason")))
                    .build();
        }
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        FormData f = new FormData(fields);
        try {
            RoundParticipant p = workflow.extendDeadline(id, f.text("constituency"), f.text("deadline"),
                    f.text("reason"));
            return flash.redirect("/rounds/" + id, texts.get("mufakat.round.extended", p.constituency.name));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(show(workflow.view(id), List.of(), e.errors())).build();
        }
    }

    private TemplateInstance show(Round round, List<String> refusal, FormErrors errors) {
        return show(round, refusal, errors, null);
    }

    /** The round page again; {@code forceReason} is what the convenor typed as the reason to move on anyway. */
    private TemplateInstance show(Round round, List<String> refusal, FormErrors errors, String forceReason) {
        return Templates.show(round, body(round, reader(round), refusal, errors, forceReason));
    }

    private Reader reader(Round round) {
        return new Reader(permissions.may(RoundAction.VIEW_ROUND_PROGRESS, round),
                permissions.may(RoundAction.MANAGE_ROUNDS, round), user.isSecretariat(),
                user.actor().partiesIn(round).stream().filter(g -> g.role() == Role.FOCAL_POINT)
                        .map(Grant::constituencyCode).collect(Collectors.toSet()));
    }

    private RawString body(Round round, Reader reader, List<String> refusal, FormErrors errors, String forceReason) {
        CompletenessMatrix matrix = reader.progress() ? workflow.matrix(round) : null;
        RoundGuards.Verdict verdict = reader.canManage() ? workflow.verdict(round)
                : new RoundGuards.Verdict(List.of(), false);
        return texts.render(Templates.showBody(round, matrix, verdict.reasons(), refusal, errors,
                RoundTransition.history(round), reader.canManage(), verdict.forceable(), forceReason,
                reader.myConstituencies(), calendar.today()));
    }

    private TemplateInstance form(RoundForm form, FormErrors errors, Round existing, Round conflict) {
        return Templates.form(form, errors, existing, conflict, ForumSession.upcoming(calendar.today().minusYears(1)),
                Constituency.listAllByName(), List.copyOf(RoundStatus.REVIEW_STAGES.stream().sorted().toList()));
    }

    private boolean canManage() {
        return permissions.may(RoundAction.MANAGE_ROUNDS, Scoped.NETWORK);
    }

    /** Status names from the address are taken only from the list of statuses. */
    private static RoundStatus parse(String status) {
        if (status == null) {
            return null;
        }
        try {
            return RoundStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
