package org.mufakat.network;

import java.net.URI;
import java.util.Set;

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
import org.mufakat.network.NetworkJson.NewOrganisation;
import org.mufakat.network.NetworkJson.OrganisationJson;
import org.mufakat.network.NetworkJson.Page;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.Paging;

import io.quarkus.security.Authenticated;

/**
 * Member organisations as JSON, calling the workflow the organisation pages call: the secretariat for every
 * constituency, a focal point for their own. Refusals are problem JSON (403, 404, 400 with field errors, 409 on a
 * stale version).
 */
@Path("/api/v1/organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class OrganisationApi {

    @Inject
    OrganisationWorkflow workflow;
    @Inject
    Permissions permissions;

    @GET
    @Operation(summary = "Member organisations the caller may see, filtered by text and constituency code",
            description = "Who may call: anyone signed in. The secretariat and the convenor see every organisation,"
                    + " anyone else those of their own constituencies.")
    public Page<OrganisationJson> list(@QueryParam("q") String q, @QueryParam("constituency") String code,
            @QueryParam("page") Integer page) {
        permissions.check(NetworkAction.VIEW_DIRECTORY, Scoped.NETWORK);
        Long constituencyId = null;
        if (code != null && !code.isBlank()) {
            Constituency c = Constituency.findByCode(code.strip());
            constituencyId = c == null ? -1L : c.id;
        }
        Set<Long> visible = permissions.visibleConstituencies().orElse(null);
        Long chosen = constituencyId;
        Paging<MemberOrganisation> paging = Paging.load(page, Paging.DEFAULT_SIZE,
                MemberOrganisation.countMatching(q, chosen, visible),
                index -> MemberOrganisation.search(q, chosen, visible, index, Paging.DEFAULT_SIZE));
        return new Page<>(paging.items().stream().map(OrganisationJson::of).toList(), paging.page(), paging.size(),
                paging.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationJson.class)))
    @Operation(summary = "Add a member organisation (secretariat, or the constituency's focal point)",
            description = "Who may call: the secretariat, or a focal point of the organisation's constituency.")
    public Response create(NewOrganisation body) {
        MemberOrganisation o = workflow.create(form(body, null));
        return Response.created(URI.create("/api/v1/organisations/" + o.id)).entity(OrganisationJson.of(o))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member organisation with its version",
            description = "Who may call: Those who may see it: the secretariat, the convenor and its constituency's"
                    + " people.")
    public OrganisationJson get(@Parameter(description = "The organisation's id") @PathParam("id") long id) {
        return OrganisationJson.of(workflow.view(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member organisation; send the version as read",
            description = "Who may call: The secretariat, or the constituency's focal point (moving it needs both"
                    + " constituencies)."
                    + " 400 naming version without it, 409 when someone saved it meanwhile.")
    public OrganisationJson update(@Parameter(description = "The organisation's id") @PathParam("id") long id,
            NewOrganisation body) {
        return OrganisationJson.of(workflow.update(id, form(body, body == null ? null : body.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an organisation no account is a member of",
            description = "Who may call: The secretariat, or the constituency's focal point. 400 with the reason"
                    + " while members"
                    + " have accounts.")
    public Response delete(@Parameter(description = "The organisation's id") @PathParam("id") long id) {
        workflow.delete(id);
        return Response.noContent().build();
    }

    /** The form the pages fill in, the constituency named by its code. */
    private static OrganisationForm form(NewOrganisation body, Long version) {
        if (body == null) {
            throw new BadRequestException();
        }
        Constituency c = Constituency.findByCode(body.constituencyCode());
        return new OrganisationForm(c == null ? null : c.id, body.name(), body.acronym(), body.contactName(),
                body.contactEmail(), body.contactPhone(), body.website(), version);
    }
}
