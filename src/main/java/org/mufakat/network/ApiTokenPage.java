package org.mufakat.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Each person's personal API tokens: listed, made and revoked (after a confirmation). A new token's secret is shown
 * in the answer to the form that made it and never again: it is not stored, so there is nothing to redirect to; the
 * form's key makes a resent form (reload, double click) give the same token a fresh secret rather than a second
 * token.
 */
@Path("/tokens")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApiTokenPage {

    /** The lifetimes offered on the form, in days. */
    static final List<Integer> LIFETIMES = List.of(7, 30, ApiTokenForm.DEFAULT_DAYS, 180, ApiTokenForm.MAX_DAYS);

    @Inject
    ApiTokenWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ApiTokenWorkflow.Tokens tokens, ApiTokenForm form, FormErrors errors,
                List<Integer> lifetimes, Instant now);

        static native TemplateInstance created(ApiToken token, String secret);

        static native TemplateInstance confirm(ApiToken token);
    }

    @GET
    public TemplateInstance index() {
        ApiTokenForm fresh = new ApiTokenForm(null, ApiTokenForm.DEFAULT_DAYS, UUID.randomUUID().toString());
        return Templates.index(workflow.list(), fresh, FormErrors.none(), LIFETIMES, Instant.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        ApiTokenForm form = ApiTokenForm.from(new FormData(fields));
        try {
            ApiTokenWorkflow.Created c = workflow.create(form);
            return Response.ok(Templates.created(c.token(), c.secret())).build();
        } catch (FormInvalidException e) {
            ApiTokenForm kept = e.isConflict() ? new ApiTokenForm(form.name(), form.expiresInDays(),
                    UUID.randomUUID().toString()) : form;
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(Templates.index(workflow.list(), kept, e.errors(), LIFETIMES, Instant.now())).build();
        }
    }

    @GET
    @Path("{id}/revoke")
    public TemplateInstance confirmRevoke(@PathParam("id") long id) {
        return Templates.confirm(workflow.own(id));
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        return flash.redirect("/tokens", texts.get("mufakat.token.revoked", workflow.revoke(id).name));
    }
}
