package org.mufakat.harmonize;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.round.RoundChanges;
import org.mufakat.security.Audience;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Memo;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

/**
 * Harmonization as JSON, with the same rules as the pages: the convenor merges and records fates while the round
 * harmonizes; outcomes go to the convenor and the constituency's focal points; recommendations and the source matrix
 * to everyone once review begins. Refusals are problem JSON.
 */
@Path("/api/v1/rounds/{roundId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Harmonization")
public class HarmonizeApi {

    @Inject
    HarmonizeWorkflow workflow;
    @Inject
    Suggestions suggestions;
    @Inject
    Lineages lineages;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;
    @Inject
    ObjectMapper mapper;

    @PathParam("roundId")
    long roundId;

    @GET
    @Path("suggestions")
    @Operation(summary = "Clusters of similar statements from different constituencies, with score and shared terms",
            description = "Who may call: the convenor.")
    public List<HarmonizeJson.SuggestionJson> suggestions() {
        return suggestions.forRound(roundId).stream().map(HarmonizeJson.SuggestionJson::of).toList();
    }

    @GET
    @Path("recommendations")
    @Operation(summary = "The round's recommendations in order, with their sources, a page at a time",
            description = "Who may call: the convenor; once review begins, the readers of the round (the convenor, the"
                    + " secretariat, observers, and focal points and members of its participating constituencies)."
                    + " Paged: `page` counts from 1 (beyond the last page gives the last), `size` is 50 unless asked"
                    + " for, at most 200; `total` says how many there are.")
    @APIResponse(responseCode = "200", description = "A page of the round's recommendations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HarmonizeJson.RecommendationPage.class)))
    public Response recommendations(
            @Parameter(description = "The page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Recommendations per page: 50 unless given, at most 200") @QueryParam("size")
            Integer size) {
        workflow.readable(roundId);
        Audience audience = workflow.audience();
        Supplier<byte[]> list = () -> {
            Paging<Recommendation> paging = workflow.recommendations(roundId, page, size);
            Map<Long, Lineage> lineage = lineages.of(paging.items());
            return json(new HarmonizeJson.RecommendationPage(paging.items().stream().map(r -> HarmonizeJson
                    .RecommendationJson.of(r, audience, lineage.get(r.id))).toList(), paging.page(), paging.size(),
                    paging.total()));
        };
        byte[] body = changes.changedHereAnywhere() ? list.get()
                : LISTS.get(new ListKey(changes.everywhere(), roundId, page, size, audience, texts.locale()), list);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * A page of the list as one audience reads it in one language (a lineage's text is in the reader's), written out
     * as JSON (up to a few hundred KB) and kept for the next call until anything in any round changes (a lineage
     * crosses rounds).
     */
    private record ListKey(RoundChanges.Everywhere changes, long round, Integer page, Integer size, Audience audience,
            Locale locale) {
    }

    private static final Memo<ListKey, byte[]> LISTS = new Memo<>(16);

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page of recommendations could not be written as JSON", e);
        }
    }

    @POST
    @Path("recommendations")
    @APIResponse(responseCode = "201", description = "The new recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HarmonizeJson.RecommendationJson.class)))
    @Operation(summary = "Merge statements into a new recommendation (the convenor, while harmonizing)",
            description = "Who may call: the convenor.")
    public Response create(HarmonizeJson.RecommendationBody body) {
        Recommendation r = workflow.create(roundId, required(body).toForm());
        return Response.created(URI.create("/api/v1/rounds/" + roundId + "/recommendations/" + r.id))
                .entity(json(r)).build();
    }

    @GET
    @Path("recommendations/{id}")
    @Operation(summary = "One recommendation with its source statements",
            description = "Who may call: the convenor; once review begins, the readers of the round (the convenor, the"
                    + " secretariat, observers, and focal points and members of its participating constituencies).")
    public HarmonizeJson.RecommendationJson recommendation(@PathParam("id") long id) {
        return json(workflow.provenance(roundId, id));
    }

    @PUT
    @Path("recommendations/{id}")
    @Operation(summary = "Change a recommendation (send the version you read)",
            description = "Who may call: the convenor.")
    public HarmonizeJson.RecommendationJson update(@PathParam("id") long id,
            HarmonizeJson.RecommendationBody body) {
        return json(workflow.update(roundId, id, required(body).toForm()));
    }

    @DELETE
    @Path("recommendations/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(summary = "Delete a recommendation; its statements that feed nothing else return to no fate",
            description = "Who may call: the convenor.")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        workflow.delete(roundId, id, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("statements/{statementId}/disposition")
    @Operation(summary = "Record a statement's fate (rationale required for reworded, deferred, not included)",
            description = "Who may call: the convenor.")
    public HarmonizeJson.DispositionJson dispose(@PathParam("statementId") long statementId,
            HarmonizeJson.DispositionBody body) {
        return HarmonizeJson.DispositionJson.of(workflow.dispose(roundId, statementId, required(body).toForm()));
    }

    @GET
    @Path("inputs/{code}/outcome")
    @Operation(summary = "What became of a constituency's statements (the convenor and its focal points)",
            description = "Who may call: the convenor and the constituency's focal points.")
    public HarmonizeJson.OutcomeJson outcome(@PathParam("code") String code) {
        return HarmonizeJson.OutcomeJson.of(workflow.outcome(roundId, code), workflow.audience());
    }

    @GET
    @Path("source-matrix")
    @Operation(summary = "Recommendations × constituencies: how many statements of each it came from",
            description = "Who may call: the convenor; once review begins, the readers of the round (the convenor, the"
                    + " secretariat, observers, and focal points and members of its participating constituencies).")
    public HarmonizeJson.SourceMatrixJson sourceMatrix() {
        return HarmonizeJson.SourceMatrixJson.of(workflow.sourceMatrix(roundId));
    }

    @POST
    @Path("recommendations/{id}/move-up")
    @Operation(summary = "Move a recommendation one place up in its theme; 409 when it is first",
            description = "Who may call: The convenor, while the round harmonizes.")
    public HarmonizeJson.RecommendationJson moveUp(
            @Parameter(description = "The recommendation's id") @PathParam("id") long id) {
        workflow.move(roundId, id, true);
        return recommendation(id);
    }

    @POST
    @Path("recommendations/{id}/move-down")
    @Operation(summary = "Move a recommendation one place down in its theme; 409 when it is last",
            description = "Who may call: The convenor, while the round harmonizes.")
    public HarmonizeJson.RecommendationJson moveDown(
            @Parameter(description = "The recommendation's id") @PathParam("id") long id) {
        workflow.move(roundId, id, false);
        return recommendation(id);
    }

    @PUT
    @Path("attribution")
    @Operation(summary = "Whether outputs leaving the network (submissions, public pages) name the constituencies"
            + " a recommendation came from",
            description = "Who may call: The convenor, until the text is final (409 after). Setting what is already"
                    + " set changes"
                    + " nothing.")
    public HarmonizeJson.Attribution attribution(HarmonizeJson.Attribution body) {
        if (required(body).publicAttribution() == null) {
            throw FormInvalidException.field("publicAttribution", texts.get("mufakat.choose"));
        }
        return new HarmonizeJson.Attribution(workflow.setPublicAttribution(roundId, body.publicAttribution())
                .publicAttribution);
    }

    private HarmonizeJson.RecommendationJson json(Recommendation r) {
        return HarmonizeJson.RecommendationJson.of(r, workflow.audience(), lineages.of(r));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
