package org.mufakat.submission;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.harmonize.CarriedRecommendations;
import org.mufakat.harmonize.Lineage;
import org.mufakat.harmonize.Lineages;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;

import io.quarkus.security.Authenticated;

/**
 * Carrying a closed round's recommendations forward, as JSON (the convenor). Refusals are problem JSON: 409 for a
 * round not closed, a target round that takes none now, or recommendations fully taken up (named); 400 for unknown
 * recommendation ids or no target.
 */
@Path("/api/v1/rounds/{roundId}/carry-forward")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class CarryForwardApi {

    @Inject
    CarryForwardWorkflow workflow;
    @Inject
    Lineages lineages;

    @PathParam("roundId")
    long roundId;

    @GET
    @Operation(summary = "The closed round's recommendations with their best uptake (eligible unless FULL), and the"
            + " rounds that take carried recommendations now",
            description = "Who may call: the convenor.")
    public UptakeJson.Candidates candidates() {
        Round source = workflow.source(roundId);
        List<CarryForwardWorkflow.Candidate> candidates = workflow.candidates(source);
        Map<Long, Lineage> lineage = lineages.of(candidates.stream().map(c -> c.recommendation()).toList());
        return new UptakeJson.Candidates(source.id, candidates.stream().map(c -> new UptakeJson.Candidate(
                c.recommendation().id, c.recommendation().number(), c.recommendation().theme.code, c.best().name(),
                c.eligible(), lineage.get(c.recommendation().id))).toList(),
                workflow.targets(source).stream().map(r -> new UptakeJson.Target(r.id, r.title,
                        r.status().name())).toList());
    }

    @POST
    @Operation(summary = "Carry recommendations (recommendationIds) of the closed round into a round collecting inputs"
            + " or harmonizing (targetRoundId): 201 when some were created, 200 when all had been carried before;"
            + " each with its lineage",
            description = "Who may call: the convenor.")
    public Response carry(UptakeJson.CarryRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        CarryForwardWorkflow.Result result = workflow.carry(roundId, body.toForm());
        List<Recommendation> carried = result.carried().stream().map(CarriedRecommendations.Carried::recommendation)
                .toList();
        Map<Long, Lineage> lineage = lineages.ofIds(carried.stream().map(r -> r.id).toList());
        UptakeJson.Carried json = new UptakeJson.Carried(result.source().id, result.target().id,
                (int) result.created(), result.carried().stream().map(c -> new UptakeJson.CarriedRecommendation(
                        c.recommendation().id, result.target().id, c.recommendation().number(),
                        c.recommendation().theme.code, c.from().id, c.from().number(), c.created(),
                        lineage.get(c.recommendation().id))).toList());
        return result.created() > 0
                ? Response.created(URI.create("/api/v1/rounds/" + result.target().id + "/recommendations"))
                        .entity(json).build()
                : Response.ok(json).build();
    }
}
