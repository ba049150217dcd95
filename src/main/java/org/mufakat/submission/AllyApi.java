package org.mufakat.submission;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mufakat.network.Countries;
import org.mufakat.network.NetworkJson.Page;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.security.Authenticated;

/**
 * Allies as JSON, with the same rules as the pages: the network's staff and observers read them, the secretariat
 * and the convenor add, change and delete them. Refusals are problem JSON (403, 404, 400 with field errors, 409 when
 * the version read is outdated).
 */
@Path("/api/v1/allies")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement and allies")
public class AllyApi {

    @Inject
    AllyWorkflow workflow;
    @Inject
    Texts texts;

    @GET
    @Operation(summary = "Allies by name, filtered by kind and country, a page at a time",
            description = "Who may call: the secretariat, the convenor and observers (not focal points or members).")
    public Page<AllyJson.Detail> list(
            @Parameter(description = "PARLIAMENTARIAN, OFFICIAL, AGENCY or OTHER") @QueryParam("kind") String kind,
            @Parameter(description = "An ASEAN member state, as in Viet Nam or Lao PDR") @QueryParam("country")
            String country, @QueryParam("page") Integer page) {
        AllyKind chosenKind = AllyWorkflow.option(kind);
        if (kind != null && !kind.isBlank() && chosenKind == null) {
            throw FormInvalidException.field("kind", texts.get("mufakat.choose"));
        }
        String chosenCountry = Countries.asean(country);
        if (country != null && !country.isBlank() && chosenCountry == null) {
            throw FormInvalidException.field("country", texts.get("mufakat.ally.country"));
        }
        Paging<Ally> paging = workflow.list(chosenKind, chosenCountry, page);
        return new Page<>(paging.items().stream().map(AllyJson.Detail::of).toList(), paging.page(), paging.size(),
                paging.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an ally (secretariat or convenor); a name is used once per country",
            description = "Who may call: the secretariat and the convenor.")
    public Response create(AllyJson.Body body) {
        Ally a = workflow.create(required(body).toForm());
        return Response.created(URI.create("/api/v1/allies/" + a.id)).entity(AllyJson.Detail.of(a)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ally with the forum sessions where the network met them",
            description = "Who may call: the secretariat, the convenor and observers (not focal points or members).")
    public AllyJson.Detail get(@PathParam("id") long id) {
        return AllyJson.Detail.of(workflow.view(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an ally (secretariat or convenor), sending the version read",
            description = "Who may call: the secretariat and the convenor.")
    public AllyJson.Detail update(@PathParam("id") long id, AllyJson.Body body) {
        return AllyJson.Detail.of(workflow.update(id, required(body).toForm()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an ally (secretariat or convenor); with ?version= only if it is still that version",
            description = "Who may call: the secretariat and the convenor.")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        workflow.delete(id, version);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
