package org.mufakat.review;

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

import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.security.Audience;
import org.mufakat.security.Permissions;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.KeptBody;
import org.mufakat.web.Links;
import org.mufakat.web.Memo;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The proposal's versions: the list with the convenor's "take a version", one version, and the diff of any two. */
@Path("/rounds/{roundId}/review/versions")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class VersionPage {

    @Inject
    ReviewWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    Permissions permissions;
    @Inject
    RoundChanges roundChanges;

    @PathParam("roundId")
    long roundId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Round round, Paging<ProposalVersion> versions,
                List<ProposalVersion> all, String base, boolean canTake, VersionForm form, FormErrors errors);

        static native TemplateInstance show(Round round, ProposalVersion version, List<Group> groups,
                boolean intact);

        static native TemplateInstance diff(int from, int to, RawString body);

        static native TemplateInstance diffBody(Round round, VersionDiff diff, List<ProposalVersion> all,
                boolean inline, RawString changes);

        static native TemplateInstance changes(VersionDiff diff, boolean inline);
    }

    /**
     * The changes between two versions as one audience reads them in one language and view. Versions never change, so
     * the rendered changes (most of the page, up to a few hundred KB) are kept, bounded, for the next reader.
     */
    private record ChangesKey(long from, long to, Audience audience, boolean inline, Locale locale) {
    }

    private static final Memo<ChangesKey, RawString> CHANGES = new Memo<>(16);

    @GET
    public TemplateInstance index(@QueryParam("page") Integer page) {
        return index(Paging.pageIndex(page), VersionForm.empty(), FormErrors.none());
    }

    private TemplateInstance index(int pageIndex, VersionForm form, FormErrors errors) {
        Round round = workflow.round(roundId);
        return Templates.index(round, workflow.versions(roundId, pageIndex), workflow.allVersions(roundId),
                Links.base(base()), workflow.abilities(round).takeVersion(), form, errors);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response take(MultivaluedMap<String, String> fields) {
        VersionForm form = VersionForm.from(new FormData(fields));
        try {
            ProposalVersion v = workflow.takeVersion(roundId, form);
            return flash.redirect(base() + "/" + v.number, texts.get("mufakat.review.versionTaken", v.number));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(index(0, form, e.errors())).build();
        }
    }

    @GET
    @Path("{number}")
    public TemplateInstance show(@PathParam("number") int number) {
        ProposalVersion v = workflow.version(roundId, number);
        return Templates.show(v.round, v, Group.of(workflow.entries(v)), workflow.intact(v));
    }

    /**
     * The page is the same for every reader with one audience, language and view until anything in the round changes
     * (a version taken joins the lists to compare), so it is kept under the round's change counter.
     */
    @GET
    @Path("diff")
    public Response diff(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("view") String view) {
        int a = number(from);
        int b = number(to);
        boolean inline = "inline".equals(view);
        Locale locale = texts.locale();
        Supplier<KeptBody> body = () -> {
            VersionDiff diff = workflow.diff(roundId, a, b);
            RawString changes = CHANGES.get(
                    new ChangesKey(diff.from().id, diff.to().id, permissions.audience(), inline, locale),
                    () -> texts.render(Templates.changes(diff, inline)));
            return new KeptBody(texts.render(Templates.diffBody(diff.from().round, diff, workflow.allVersions(diff),
                    inline, changes)));
        };
        KeptBody shown = roundChanges.version(workflow.round(roundId)).map(v -> PAGES.get(
                new PageKey(v, a, b, permissions.audience(), inline, locale), body)).orElseGet(body);
        return shown.in(Templates.diff(a, b, KeptBody.SLOT), locale);
    }

    private record PageKey(RoundChanges.Version round, int from, int to, Audience audience, boolean inline,
            Locale locale) {
    }

    private static final Memo<PageKey, KeptBody> PAGES = new Memo<>(16);

    /** A version's entries under their themes, in the proposal's order. */
    public record Group(String code, String title, List<VersionEntry> entries) {

        static List<Group> of(List<VersionEntry> entries) {
            List<Group> groups = new java.util.ArrayList<>();
            for (VersionEntry e : entries) {
                if (groups.isEmpty() || !groups.get(groups.size() - 1).code().equals(e.themeCode())) {
                    groups.add(new Group(e.themeCode(), e.themeTitle(), new java.util.ArrayList<>()));
                }
                groups.get(groups.size() - 1).entries().add(e);
            }
            return groups;
        }
    }

    /** A version number from the address; anything else is a bad request. */
    static int number(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }

    private String base() {
        return "/rounds/" + roundId + "/review/versions";
    }
}
