package org.mufakat.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Matching an official outcome document against a submission's recommendations (the convenor): paste it, get
 * suggested matches, confirm each (recording its uptake) or dismiss it. One form holds the document, so every answer
 * re-renders the page with the pasted text kept and without JavaScript; a confirmation that comes back with errors
 * keeps what was typed beside its suggestion.
 */
@Path("/rounds/{roundId}/submissions/{id: \\d+}/uptake/suggestions")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class UptakePage {

    private static final Pattern KEY = Pattern.compile("s\\d{1,18}-\\d{1,6}");

    @Inject
    UptakeWorkflow workflow;
    @Inject
    Texts texts;

    @PathParam("roundId")
    long roundId;
    @PathParam("id")
    long id;

    /** A suggestion as offered, with its form: the suggestion's values, or what came back with errors. */
    public record Offer(UptakeWorkflow.Suggestion suggestion, UptakeForm form) {

        /** The name of one of its fields in the page's one form ("s12-3-level"). */
        public String key(String field) {
            return suggestion.key() + "-" + field;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance suggestions(Submission submission, String text, String source,
                List<Offer> offers, List<String> dismissed, boolean matched, String done, FormErrors errors);
    }

    @GET
    public TemplateInstance form() {
        return Templates.suggestions(mine(), null, null, List.of(), List.of(), false, null, FormErrors.none());
    }

    /**
     * The one form's buttons: {@code action=match} finds the matches, {@code confirm:KEY} records the suggestion's
     * uptake, {@code dismiss:KEY} drops it from the list (nothing is recorded). Line breaks come as CR LF.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> fields) {
        Submission s = mine();
        FormData f = new FormData(fields);
        String raw = f.secret("text");
        String text = raw == null ? null : raw.replace("\r\n", "\n");
        String source = f.text("source");
        String action = f.text("action") == null ? "match" : f.text("action");
        List<String> dismissed = new ArrayList<>(f.texts("dismissed").stream().filter(k -> KEY.matcher(k).matches())
                .distinct().toList());
        if (action.startsWith("dismiss:") && KEY.matcher(action.substring(8)).matches()
                && !dismissed.contains(action.substring(8))) {
            dismissed.add(action.substring(8));
        }
        List<UptakeWorkflow.Suggestion> suggestions;
        try {
            suggestions = workflow.suggest(id, text);
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.suggestions(s, text, source, List.of(), dismissed, false,
                    null, e.errors())).build();
        }
        int status = 200;
        String done = null;
        String failing = null;
        UptakeForm failed = null;
        FormErrors errors = FormErrors.none();
        UptakeWorkflow.Suggestion chosen = action.startsWith("confirm:") ? suggestions.stream()
                .filter(x -> x.key().equals(action.substring(8))).findFirst().orElse(null) : null;
        if (chosen != null) {
            String key = chosen.key();
            UptakeForm form = new UptakeForm(f.text(key + "-level"), f.text(key + "-officialText"),
                    f.text(key + "-reference"), f.number(key + "-version"));
            try {
                workflow.record(id, chosen.row().id(), form);
                done = texts.get("mufakat.uptake.recorded", chosen.row().entry().number());
                suggestions = workflow.suggest(id, text);
            } catch (FormInvalidException e) {
                status = e.isConflict() ? 409 : 400;
                failing = key;
                failed = e.errors().has("version") ? form.withVersion(workflow.versionOf(s, chosen.row().id()))
                        : form;
                e.errors().entries().forEach(x -> errors.add(key + "-" + x.field(), x.message()));
            }
        }
        List<Offer> offers = new ArrayList<>();
        for (UptakeWorkflow.Suggestion x : suggestions) {
            if (!dismissed.contains(x.key())) {
                offers.add(new Offer(x, x.key().equals(failing) ? failed : offered(x, source)));
            }
        }
        return Response.status(status).entity(Templates.suggestions(s, text, source, offers, dismissed, true, done,
                errors)).build();
    }

    /** The suggestion as a form: its level if recorded (else partial), the paragraph as the wording, a reference. */
    private UptakeForm offered(UptakeWorkflow.Suggestion x, String source) {
        Uptake u = x.row().uptake();
        String reference = source == null ? texts.get("mufakat.uptake.referenceParagraph", x.number())
                : texts.get("mufakat.uptake.referenceDefault", source, x.number());
        return new UptakeForm(u == null ? UptakeLevel.PARTIAL.name() : u.level.name(), x.paragraph().text(),
                reference.length() > 300 ? reference.substring(0, 300) : reference, u == null ? null : u.version);
    }

    /** The submission, to the convenor, when it belongs to the round in the path. */
    private Submission mine() {
        Submission s = workflow.toRecord(id);
        if (!s.round.id.equals(roundId)) {
            throw new NotFoundException();
        }
        return s;
    }
}
