package org.mufakat.round;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import org.mufakat.round.RoundJson.Advance;
import org.mufakat.round.RoundJson.Detail;
import org.mufakat.round.RoundJson.NewRound;
import org.mufakat.round.RoundJson.Summary;
import org.mufakat.network.NetworkAction;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Paging;

import io.quarkus.security.Authenticated;

@Path("/api/v1/rounds")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds")
public class RoundApi {

    @Inject
    RoundWorkflow workflow;
    @Inject
    Permissions permissions;

    @GET
    @Operation(summary = "Rounds, newest first, optionally in one status",
            description = "Who may call: anyone signed in.")
    public java.util.List<Summary> list(@QueryParam("status") RoundStatus status, @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        return Paging.load(page, Paging.DEFAULT_SIZE, Round.countWith(status),
                index -> Round.page(status, index, Paging.DEFAULT_SIZE)).items().stream().map(Summary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new round, in SETUP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Detail.class)))
    @Operation(summary = "Set up a round (convenor); it starts in SETUP",
            description = "Who may call: the convenor.")
    public Response create(NewRound body) {
        if (body == null) {
            throw new BadRequestException();
        }
        Round round = workflow.create(body.toForm());
        return Response.created(URI.create("/api/v1/rounds/" + round.id)).entity(detail(round)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A round with its status and, for the convenor and focal points, the completeness matrix",
            description = "Who may call: anyone signed in. The completeness matrix is included for the convenor, the"
                    + " secretariat and focal points.")
    public Detail get(@PathParam("id") long id) {
        return detail(workflow.view(id));
    }

    @POST
    @Path("{id}/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the round to its next status; 409 problem JSON lists the reasons when refused."
            + " The convenor may send forceReason to move on anyway.",
            description = "Who may call: the convenor.")
    public Detail advance(@PathParam("id") long id, Advance body) {
        Advance a = body == null ? new Advance(null, null) : body;
        workflow.advance(id, a.from(), a.forceReason());
        return detail(workflow.view(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a round's set-up; send the version as read",
            description = "Who may call: The convenor, before the round collects inputs (themes, addressees and"
                    + " participants are"
                    + " settled then). 400 naming version without it, 409 when someone saved it meanwhile.")
    public Detail update(@Parameter(description = "The round's id") @PathParam("id") long id, NewRound body) {
        if (body == null) {
            throw new BadRequestException();
        }
        workflow.update(id, body.toForm());
        return detail(workflow.view(id));
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give one constituency a later input deadline, with a reason",
            description = "Who may call: The convenor, until harmonizing begins. 400 with errors.constituency,"
                    + " errors.deadline"
                    + " or errors.reason.")
    public Detail extend(@Parameter(description = "The round's id") @PathParam("id") long id,
            RoundJson.Extension body) {
        if (body == null) {
            throw new BadRequestException();
        }
        workflow.extendDeadline(id, body.constituencyCode(), body.deadline(), body.reason());
        return detail(workflow.view(id));
    }

    private Detail detail(Round round) {
        return Detail.of(round, permissions.may(RoundAction.VIEW_ROUND_PROGRESS, round) ? workflow.matrix(round) : null);
    }
}
