package org.mufakat.network;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.mufakat.security.Permissions;
import org.mufakat.security.Role;
import org.mufakat.security.Scoped;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Links;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Account administration for the secretariat: accounts, passwords, lock-outs and role grants. */
@Path("/accounts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    @Inject
    AccountWorkflow workflow;
    @Inject
    Permissions permissions;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<Account> paging, String q, String base, Instant now);

        static native TemplateInstance show(Account account, Instant now, GrantForm grant, FormErrors grantErrors,
                FormErrors passwordErrors, List<Role> roles, List<Constituency> constituencies,
                List<MemberOrganisation> organisations);

        static native TemplateInstance form(AccountForm form, FormErrors errors, Account existing, Account conflict);

        static native TemplateInstance confirm(Account account, String question, String action, String button,
                FormErrors errors);
    }

    @GET
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        requireSecretariat();
        Paging<Account> paging = Paging.load(page, Paging.DEFAULT_SIZE, Account.countMatching(q),
                index -> Account.search(q, index, Paging.DEFAULT_SIZE));
        return Templates.index(paging, q, Links.base("/accounts", "q", q), Instant.now());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        requireSecretariat();
        return Templates.form(AccountForm.empty(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        AccountForm form = AccountForm.from(new FormData(fields));
        try {
            Account a = workflow.create(form);
            return flash.redirect("/accounts/" + a.id, texts.get("mufakat.accountCreated", a.username));
        } catch (FormInvalidException e) {
            AccountForm kept = new AccountForm(form.username(), form.displayName(), form.email(), null, null);
            return Response.status(400).entity(Templates.form(kept, e.errors(), null, null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        requireSecretariat();
        return show(find(id), new GrantForm(null, null, null), FormErrors.none(), FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        requireSecretariat();
        Account a = find(id);
        return Templates.form(AccountForm.of(a), FormErrors.none(), a, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        AccountForm form = AccountForm.from(new FormData(fields));
        try {
            workflow.update(id, form);
            return flash.redirect("/accounts/" + id, texts.get("mufakat.saved"));
        } catch (FormInvalidException e) {
            Account current = find(id);
            AccountForm mine = new AccountForm(current.username, form.displayName(), form.email(), null,
                    e.isConflict() ? Long.valueOf(current.version) : form.version());
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(Templates.form(mine, e.errors(), current, e.isConflict() ? current : null)).build();
        }
    }

    @GET
    @Path("{id}/disable")
    public TemplateInstance confirmDisable(@PathParam("id") long id) {
        requireSecretariat();
        Account a = find(id);
        return Templates.confirm(a, texts.get("mufakat.confirmDisable", a.displayName),
                "/accounts/" + id + "/disable", texts.get("mufakat.disable"), FormErrors.none());
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        try {
            workflow.setEnabled(id, false);
            return flash.redirect("/accounts/" + id, texts.get("mufakat.accountDisabled"));
        } catch (FormInvalidException e) {
            Account a = find(id);
            return Response.status(409).entity(Templates.confirm(a, texts.get("mufakat.confirmDisable",
                    a.displayName), "/accounts/" + id + "/disable", texts.get("mufakat.disable"), e.errors()))
                    .build();
        }
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        workflow.setEnabled(id, true);
        return flash.redirect("/accounts/" + id, texts.get("mufakat.accountEnabled"));
    }

    @POST
    @Path("{id}/unlock")
    public Response unlock(@PathParam("id") long id) {
        workflow.unlock(id);
        return flash.redirect("/accounts/" + id, texts.get("mufakat.accountUnlocked"));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        try {
            workflow.resetPassword(id, PasswordForm.from(new FormData(fields)));
            return flash.redirect("/accounts/" + id, texts.get("mufakat.passwordReset"));
        } catch (FormInvalidException e) {
            return Response.status(400)
                    .entity(show(find(id), new GrantForm(null, null, null), FormErrors.none(), e.errors())).build();
        }
    }

    @POST
    @Path("{id}/grants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        GrantForm form = GrantForm.from(new FormData(fields));
        try {
            workflow.grant(id, form);
            return flash.redirect("/accounts/" + id, texts.get("mufakat.roleGranted"));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(show(find(id), form, e.errors(), FormErrors.none())).build();
        }
    }

    @GET
    @Path("{id}/grants/{grantId}/revoke")
    public TemplateInstance confirmRevoke(@PathParam("id") long id, @PathParam("grantId") long grantId) {
        requireSecretariat();
        Account a = find(id);
        RoleGrant g = a.grants.stream().filter(x -> x.id == grantId).findFirst()
                .orElseThrow(NotFoundException::new);
        return Templates.confirm(a, texts.get("mufakat.confirmRevoke", texts.get("mufakat.role." + g.role.name()) + AccountWorkflow.scopeOf(g),
                a.displayName),
                "/accounts/" + id + "/grants/" + grantId + "/revoke", texts.get("mufakat.revoke"),
                FormErrors.none());
    }

    @POST
    @Path("{id}/grants/{grantId}/revoke")
    public Response revoke(@PathParam("id") long id, @PathParam("grantId") long grantId) {
        try {
            workflow.revoke(id, grantId);
            return flash.redirect("/accounts/" + id, texts.get("mufakat.roleRevoked"));
        } catch (FormInvalidException e) {
            return Response.status(409)
                    .entity(show(find(id), new GrantForm(null, null, null), e.errors(), FormErrors.none())).build();
        }
    }

    private TemplateInstance show(Account a, GrantForm grant, FormErrors grantErrors, FormErrors passwordErrors) {
        return Templates.show(a, Instant.now(), grant, grantErrors, passwordErrors, List.of(Role.values()),
                Constituency.listAllByName(), MemberOrganisation.search(null, null, null, 0, 500));
    }

    private void requireSecretariat() {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
    }

    private static Account find(long id) {
        Account a = Account.findById(id);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }
}
