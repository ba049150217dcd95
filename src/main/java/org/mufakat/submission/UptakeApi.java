package org.mufakat.submission;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.harmonize.Lineages;

import io.quarkus.security.Authenticated;

/**
 * Uptake as JSON, with the same rules as the pages: the convenor records what a forum made of each recommendation of
 * a submission and asks for suggested matches with an outcome document. Refusals are problem JSON (403, 404 for a
 * recommendation not in the submitted version, 400 naming the field, 409 for a stale version).
 */
@Path("/api/v1/submissions/{id}")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class UptakeApi {

    @Inject
    UptakeWorkflow workflow;
    @Inject
    Lineages lineages;

    @PathParam("id")
    long id;

    @PUT
    @Path("uptake/{recommendationId}")
    @Operation(summary = "Record the uptake of a recommendation of the submitted version (convenor): level NONE,"
            + " PARTIAL or FULL; officialText (needed for PARTIAL and FULL); reference; optional version of the uptake"
            + " read before. The same values again change nothing",
            description = "Who may call: the convenor.")
    public UptakeJson.Recorded record(@PathParam("recommendationId") long recommendationId, UptakeJson.Body body) {
        if (body == null) {
            throw new BadRequestException();
        }
        Uptake u = workflow.record(id, recommendationId, body.toForm());
        return UptakeJson.recorded(workflow.rows(u.submission), lineages).stream()
                .filter(r -> r.recommendationId() == recommendationId).findFirst().orElseThrow();
    }

    @POST
    @Path("uptake-suggestions")
    @Operation(summary = "Suggested matches between the submission's recommendations and the paragraphs of an"
            + " official outcome document (text; paragraphs split on blank lines and numbered items), with score and"
            + " shared terms (convenor); nothing is recorded",
            description = "Who may call: the convenor.")
    public List<UptakeJson.Suggestion> suggest(UptakeJson.SuggestRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return workflow.suggest(id, body.text()).stream().map(UptakeJson.Suggestion::of).toList();
    }
}
