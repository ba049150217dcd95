package org.mufakat.input;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mufakat.round.RoundChanges;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Audience;
import org.mufakat.web.CsrfField;
import org.mufakat.web.Downloads;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.KeptBody;
import org.mufakat.web.Links;
import org.mufakat.web.Memo;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A constituency's national input: the focal point's editor, the convenor's view with "return for revision", and a
 * read-only view for everyone else allowed to see it.
 */
@Path("/rounds/{roundId}/inputs/{code}")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InputPage {

    @Inject
    InputWorkflow workflow;
    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    RoundChanges changes;
    @Inject
    CsrfField csrf;

    @PathParam("roundId")
    long roundId;
    @PathParam("code")
    String code;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(String constituency, RawString body);

        static native TemplateInstance showBody(InputView view, RecordForm record, StatementForm statement,
                FormErrors errors, NationalInput conflict);

        static native TemplateInstance statement(InputView view, Statement statement, StatementForm form,
                FormErrors errors, Statement conflict);

        static native TemplateInstance confirm(InputView view, String what, String action, String question,
                String button, Long version, FormErrors errors);

        static native TemplateInstance reason(InputView view, String what, ReasonForm form, FormErrors errors);

        static native TemplateInstance revisions(InputView view, Paging<InputRevision> revisions, String base);

        static native TemplateInstance diff(InputView view, InputRevision from, InputRevision to,
                List<RevisionDiff.Row> rows);

        static native TemplateInstance offline(InputWorkflow.ImportPreview preview, FormErrors errors);
    }

    /**
     * The editor shows one theme's statements at a time ({@code ?theme=} its code or id). The page is the same for
     * every visit of one browser (its forms carry that browser's CSRF token) with one audience, rights and language
     * until anything in the round changes, so it is kept under the round's change counter; a page that brings a flash
     * message is rendered afresh.
     */
    @GET
    public Response show(@QueryParam("theme") String theme) {
        InputWorkflow.Reader reader = workflow.reader(roundId, code);
        Supplier<KeptBody> body = () -> {
            InputView view = workflow.editor(roundId, code, theme);
            return new KeptBody(body(view, RecordForm.of(view.input()), StatementForm.inTheme(view),
                    FormErrors.none(), null));
        };
        KeptBody rendered = flash.message() != null ? body.get()
                : changes.version(reader.input().round).map(v -> PAGES.get(new PageKey(v,
                        reader.input().constituency.id, theme, reader.audience(), reader.mayEdit(),
                        reader.mayReturn(), csrf.token(), texts.locale()), body)).orElseGet(body);
        return rendered.in(Templates.show(reader.input().constituency.name, KeptBody.SLOT), texts.locale());
    }

    private record PageKey(RoundChanges.Version version, long constituency, String theme, Audience audience,
            boolean mayEdit, boolean mayReturn, String csrfToken, Locale locale) {
    }

    private static final Memo<PageKey, KeptBody> PAGES = new Memo<>(32);

    private RawString body(InputView view, RecordForm record, StatementForm statement, FormErrors errors,
            NationalInput conflict) {
        return texts.render(Templates.showBody(view, record, statement, errors, conflict));
    }

    /** The editor again, with what was sent and what was wrong with it. */
    private TemplateInstance again(InputView view, RecordForm record, StatementForm statement, FormErrors errors,
            NationalInput conflict) {
        return Templates.show(view.constituency().name, body(view, record, statement, errors, conflict));
    }

    @POST
    @Path("record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveRecord(MultivaluedMap<String, String> fields) {
        RecordForm form = RecordForm.from(new FormData(fields));
        String theme = new FormData(fields).text("theme");
        try {
            workflow.saveRecord(roundId, code, form);
            return flash.redirect(page(theme, "record"), texts.get("mufakat.input.recordSaved"));
        } catch (FormInvalidException e) {
            InputView view = workflow.view(roundId, code, theme);
            if (e.errors().has("version")) {
                return Response.status(409).entity(again(view, form.withVersion(view.input().version),
                        StatementForm.inTheme(view), e.errors(), view.input())).build();
            }
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(again(view, form, StatementForm.inTheme(view), e.errors(), null)).build();
        }
    }

    @POST
    @Path("statements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addStatement(MultivaluedMap<String, String> fields) {
        StatementForm form = StatementForm.from(new FormData(fields));
        try {
            Statement s = workflow.addStatement(roundId, code, form);
            return flash.redirect(at(s), texts.get("mufakat.input.statementAdded", s.number()));
        } catch (FormInvalidException e) {
            InputView view = workflow.view(roundId, code, form.theme());
            return Response.status(e.isConflict() ? 409 : 400).entity(
                    again(view, RecordForm.of(view.input()), form, e.errors(), null)).build();
        }
    }

    @GET
    @Path("statements/{id}/edit")
    public TemplateInstance editStatement(@PathParam("id") long id) {
        Statement s = workflow.statementToEdit(roundId, code, id);
        return Templates.statement(workflow.view(roundId, code), s, StatementForm.of(s), FormErrors.none(), null);
    }

    @POST
    @Path("statements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateStatement(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        StatementForm form = StatementForm.from(new FormData(fields));
        try {
            Statement s = workflow.updateStatement(roundId, code, id, form);
            return flash.redirect(at(s), texts.get("mufakat.input.statementSaved", s.number()));
        } catch (FormInvalidException e) {
            Statement current = workflow.statementToEdit(roundId, code, id);
            InputView view = workflow.view(roundId, code);
            if (e.errors().has("version")) {
                return Response.status(409).entity(Templates.statement(view, current,
                        form.withVersion(current.version), e.errors(), current)).build();
            }
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(Templates.statement(view, current, form, e.errors(), null)).build();
        }
    }

    @POST
    @Path("statements/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveStatement(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        boolean up = "up".equals(new FormData(fields).text("direction"));
        try {
            Statement s = workflow.moveStatement(roundId, code, id, up);
            return flash.redirect(at(s), texts.get("mufakat.input.statementMoved", s.number()));
        } catch (FormInvalidException e) {
            return refused(e, new FormData(fields).text("theme"));
        }
    }

    @GET
    @Path("statements/{id}/delete")
    public TemplateInstance confirmDeleteStatement(@PathParam("id") long id) {
        Statement s = workflow.statementToEdit(roundId, code, id);
        return Templates.confirm(workflow.view(roundId, code, s.theme.code), "deleteStatement",
                base() + "/statements/" + id + "/delete", s.number(), "delete", null, FormErrors.none());
    }

    @POST
    @Path("statements/{id}/delete")
    public Response deleteStatement(@PathParam("id") long id) {
        try {
            RoundTheme theme = workflow.deleteStatement(roundId, code, id);
            return flash.redirect(page(theme.code, "statements"), texts.get("mufakat.input.statementDeleted"));
        } catch (FormInvalidException e) {
            return refused(e, null);
        }
    }

    @GET
    @Path("submit")
    public TemplateInstance confirmSubmit(@QueryParam("theme") String theme) {
        InputView view = workflow.viewToAct(roundId, code, InputAction.EDIT_INPUT, theme);
        return Templates.confirm(view, "submit", base() + "/submit", view.constituency().name, "submit",
                view.input().isSaved() ? view.input().version : null, FormErrors.none());
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> fields) {
        String theme = new FormData(fields).text("theme");
        try {
            workflow.submit(roundId, code, new FormData(fields).number("version"));
            return flash.redirect(page(theme, null), texts.get("mufakat.input.submitted"));
        } catch (FormInvalidException e) {
            InputView view = workflow.view(roundId, code, theme);
            return Response.status(409).entity(Templates.confirm(view, "submit", base() + "/submit",
                    view.constituency().name, "submit", view.input().isSaved() ? view.input().version : null,
                    e.errors())).build();
        }
    }

    @GET
    @Path("nil-return")
    public TemplateInstance nilReturnForm(@QueryParam("theme") String theme) {
        return Templates.reason(workflow.viewToAct(roundId, code, InputAction.EDIT_INPUT, theme), "nilReturn",
                ReasonForm.empty(), FormErrors.none());
    }

    @POST
    @Path("nil-return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nilReturn(MultivaluedMap<String, String> fields) {
        ReasonForm form = ReasonForm.from(new FormData(fields));
        String theme = new FormData(fields).text("theme");
        try {
            workflow.nilReturn(roundId, code, form);
            return flash.redirect(page(theme, null), texts.get("mufakat.input.nilReturned"));
        } catch (FormInvalidException e) {
            return Response.status(e.isConflict() ? 409 : 400).entity(
                    Templates.reason(workflow.view(roundId, code, theme), "nilReturn", form, e.errors())).build();
        }
    }

    @GET
    @Path("return")
    public TemplateInstance returnForm(@QueryParam("theme") String theme) {
        return Templates.reason(workflow.viewToAct(roundId, code, InputAction.RETURN_INPUT, theme), "return",
                ReasonForm.empty(), FormErrors.none());
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForRevision(MultivaluedMap<String, String> fields) {
        ReasonForm form = ReasonForm.from(new FormData(fields));
        String theme = new FormData(fields).text("theme");
        try {
            NationalInput input = workflow.returnForRevision(roundId, code, form);
            return flash.redirect(page(theme, null), texts.get("mufakat.input.returned", input.constituency.name));
        } catch (FormInvalidException e) {
            return Response.status(e.isConflict() ? 409 : 400).entity(
                    Templates.reason(workflow.view(roundId, code, theme), "return", form, e.errors())).build();
        }
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("restricted") String restricted,
            @RestForm("theme") String theme) {
        try {
            Attachment a = workflow.addAttachment(roundId, code, file == null ? null : file.fileName(),
                    file == null ? null : file.uploadedFile(), "true".equals(restricted));
            return flash.redirect(page(theme, "attachments"),
                    texts.get("mufakat.input.attachmentAdded", a.fileName));
        } catch (FormInvalidException e) {
            InputView view = workflow.view(roundId, code, theme);
            return Response.status(e.errors().has("file") ? 400 : 409).entity(again(view,
                    RecordForm.of(view.input()), StatementForm.inTheme(view), e.errors(), null)).build();
        }
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        return attachment(workflow.download(roundId, code, id));
    }

    /** The file as a download, never shown inline; the API's downloads answer the same way. */
    static Response attachment(InputWorkflow.Download d) {
        return Downloads.attachment(d.fileName(), d.contentType(), d.bytes());
    }

    @GET
    @Path("attachments/{id}/delete")
    public TemplateInstance confirmDeleteAttachment(@PathParam("id") long id, @QueryParam("theme") String theme) {
        Attachment a = workflow.attachment(roundId, code, id);
        return Templates.confirm(workflow.view(roundId, code, theme), "deleteAttachment",
                base() + "/attachments/" + id + "/delete", a.fileName, "delete", null, FormErrors.none());
    }

    @POST
    @Path("attachments/{id}/delete")
    public Response deleteAttachment(@PathParam("id") long id, @RestForm("theme") String theme) {
        try {
            workflow.deleteAttachment(roundId, code, id);
            return flash.redirect(page(theme, "attachments"), texts.get("mufakat.input.attachmentDeleted"));
        } catch (FormInvalidException e) {
            return refused(e, theme);
        }
    }

    @GET
    @Path("revisions")
    public TemplateInstance revisions(@QueryParam("page") Integer page) {
        Paging<InputRevision> revisions = workflow.revisions(roundId, code, page);
        return Templates.revisions(workflow.view(roundId, code), revisions, Links.base(base() + "/revisions"));
    }

    @GET
    @Path("revisions/diff")
    public TemplateInstance diff(@QueryParam("from") long from, @QueryParam("to") long to) {
        InputRevision a = workflow.revision(roundId, code, from);
        InputRevision b = workflow.revision(roundId, code, to);
        return Templates.diff(workflow.view(roundId, code), a, b, RevisionDiff.between(a.snapshot, b.snapshot));
    }

    @GET
    @Path("offline.docx")
    @Produces(MediaType.WILDCARD)
    public Response offlineDocx() {
        return attachment(workflow.offlineCopy(roundId, code, true));
    }

    @GET
    @Path("offline.md")
    @Produces(MediaType.WILDCARD)
    public Response offlineMarkdown() {
        return attachment(workflow.offlineCopy(roundId, code, false));
    }

    @POST
    @Path("offline")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response previewImport(@RestForm("file") FileUpload file) {
        try {
            return Response.ok(Templates.offline(workflow.previewImport(roundId, code,
                    file == null ? null : file.uploadedFile()), FormErrors.none())).build();
        } catch (FormInvalidException e) {
            return refused(e, null);
        }
    }

    @POST
    @Path("offline/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importStatements(MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        String proposal = form.text("proposal");
        try {
            InputWorkflow.ImportResult r = workflow.importStatements(roundId, code, proposal,
                    form.number("version"), form.number("revision"));
            return flash.redirect(base() + "#statements",
                    texts.get("mufakat.input.offline.imported", r.added(), r.changed()));
        } catch (FormInvalidException e) {
            InputWorkflow.ImportPreview again;
            try {
                again = workflow.previewProposal(roundId, code, proposal);
            } catch (FormInvalidException unreadable) {
                return refused(e, null);
            }
            return Response.status(409).entity(Templates.offline(again, e.errors())).build();
        }
    }

    /** A move the input's state refuses: the page again, with the reason at the top. */
    private Response refused(FormInvalidException e, String theme) {
        InputView view = workflow.view(roundId, code, theme);
        return Response.status(e.isConflict() ? 409 : 400).entity(again(view, RecordForm.of(view.input()),
                StatementForm.inTheme(view), e.errors(), null)).build();
    }

    private String base() {
        return "/rounds/" + roundId + "/inputs/" + code;
    }

    /** The editor at a theme (when one was shown) and an anchor (when given). */
    private String page(String theme, String anchor) {
        return InputView.withTheme(base(), theme) + (anchor == null ? "" : "#" + anchor);
    }

    /** The editor at a statement, in the theme it is in now (after a change of theme, its new one). */
    private String at(Statement s) {
        return page(s.theme.code, "s" + s.id);
    }
}
