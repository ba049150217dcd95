package org.mufakat.submission;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.round.Round;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Carrying a closed round's recommendations forward (the convenor): the form (target round, the recommendations not
 * fully taken up ticked), the confirmation page saying where each goes, then carrying them.
 */
@Path("/rounds/{roundId}/carry-forward")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CarryForwardPage {

    @Inject
    CarryForwardWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @PathParam("roundId")
    long roundId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Round round, List<CarryForwardWorkflow.Candidate> candidates,
                List<Round> targets, CarryForm form, FormErrors errors);

        static native TemplateInstance confirm(CarryForwardWorkflow.Plan plan);
    }

    @GET
    public TemplateInstance form() {
        Round round = workflow.source(roundId);
        List<CarryForwardWorkflow.Candidate> candidates = workflow.candidates(round);
        List<Round> targets = workflow.targets(round);
        CarryForm form = new CarryForm(targets.size() == 1 ? targets.get(0).id : null, candidates.stream()
                .filter(CarryForwardWorkflow.Candidate::eligible).map(c -> c.recommendation().id).toList());
        return Templates.form(round, candidates, targets, form, FormErrors.none());
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(MultivaluedMap<String, String> fields) {
        CarryForm form = CarryForm.from(new FormData(fields));
        try {
            return Response.ok(Templates.confirm(workflow.plan(roundId, form))).build();
        } catch (FormInvalidException e) {
            return again(form, e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response carry(MultivaluedMap<String, String> fields) {
        CarryForm form = CarryForm.from(new FormData(fields));
        try {
            CarryForwardWorkflow.Result result = workflow.carry(roundId, form);
            return flash.redirect("/rounds/" + result.target().id + "/recommendations", texts.get(
                    "mufakat.uptake.carried", result.target().title, result.created(),
                    result.carried().size() - result.created()));
        } catch (FormInvalidException e) {
            return again(form, e);
        }
    }

    /** The form again, with what was chosen and the reasons beside the fields. */
    private Response again(CarryForm form, FormInvalidException e) {
        Round round = workflow.source(roundId);
        return Response.status(e.isConflict() ? 409 : 400).entity(Templates.form(round, workflow.candidates(round),
                workflow.targets(round), form, e.errors())).build();
    }
}
