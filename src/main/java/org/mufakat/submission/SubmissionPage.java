package org.mufakat.submission;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mufakat.forum.ForumSession;
import org.mufakat.round.Round;
import org.mufakat.web.Downloads;
import org.mufakat.web.Flash;
import org.mufakat.web.FormData;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A round's submissions: the list, preparing one (form, then the exact text to confirm, then sending), one
 * submission with its frozen text and timeline, verifying a text against it, and closing the round.
 */
@Path("/rounds/{roundId}/submissions")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SubmissionPage {

    @Inject
    SubmissionWorkflow workflow;
    @Inject
    UptakeWorkflow uptake;
    @Inject
    CarryForwardWorkflow carrying;
    @Inject
    EvidenceWorkflow evidence;
    @Inject
    PublicationWorkflow publication;
    @Inject
    OverdueAcknowledgements acknowledgements;
    @Inject
    Flash flash;
    @Inject
    Texts texts;

    @PathParam("roundId")
    long roundId;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Round round, List<Submission> submissions, Set<Long> overdue,
                boolean maySubmit, boolean mayCarry);

        static native TemplateInstance form(Round round, SubmissionForm form, List<ForumSession> sessions,
                FormErrors errors);

        static native TemplateInstance confirm(SubmissionWorkflow.Draft draft, SubmissionForm form);

        static native TemplateInstance show(Submission submission, List<TrackingEvent> events,
                Map<Long, TrackingEvidence> evidence, boolean overdue, boolean mayTrack, boolean mayPublish,
                EventForm event, List<TrackingKind> kinds, FormErrors errors, UptakeWorkflow.Sheet uptake);

        static native TemplateInstance verify(Submission submission, String text,
                SubmissionWorkflow.Verification result, FormErrors errors);

        static native TemplateInstance close(Round round);

        static native TemplateInstance publish(Submission submission, PublicationWorkflow.PublicView view);

        static native TemplateInstance withdraw(Submission submission);
    }

    @GET
    public TemplateInstance index() {
        Round round = workflow.readable(roundId);
        List<Submission> submissions = workflow.list(roundId);
        return Templates.index(round, submissions, acknowledgements.overdueAmong(submissions),
                workflow.maySubmit(round), carrying.mayCarry(round));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        SubmissionForm form = workflow.newForm(roundId);
        return form(form, FormErrors.none());
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(MultivaluedMap<String, String> fields) {
        SubmissionForm form = SubmissionForm.from(new FormData(fields));
        try {
            return Response.ok(Templates.confirm(workflow.preview(roundId, form), form)).build();
        } catch (FormInvalidException e) {
            return Response.status(400).entity(form(form, e.errors())).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> fields) {
        SubmissionForm form = SubmissionForm.from(new FormData(fields));
        try {
            Submission s = workflow.send(roundId, form).submission();
            return flash.redirect(s.path(), texts.get("mufakat.submission.sent", s.trackingNumber));
        } catch (FormInvalidException e) {
            return Response.status(400).entity(form(form, e.errors())).build();
        }
    }

    /** {@code page} pages the uptake section (some 200 recommendations). */
    @GET
    @Path("{id: \\d+}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("page") Integer page) {
        Submission s = mine(id);
        return show(s, EventForm.empty(), FormErrors.none(), uptake.sheet(s, page));
    }

    /** The event form, sent as multipart for its optional evidence file. */
    @POST
    @Path("{id: \\d+}/events")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response record(@PathParam("id") long id, @RestForm String kind, @RestForm String occurredOn,
            @RestForm String note, @RestForm String link, @RestForm("file") FileUpload file) {
        Submission s = mine(id);
        EventForm form = EventForm.of(kind, occurredOn, note, link);
        boolean chosen = file != null && file.fileName() != null && !file.fileName().isBlank();
        try {
            TrackingEvent e = workflow.record(id, form, chosen
                    ? new EvidenceWorkflow.Upload(file.fileName(), file.uploadedFile()) : null);
            return flash.redirect(s.path() + "#e" + e.id, texts.get("mufakat.submission.eventRecorded",
                    s.trackingNumber));
        } catch (FormInvalidException e) {
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(show(s, form, e.errors(), uptake.sheet(s, 1))).build();
        }
    }

    /** Records one recommendation's uptake; a form that comes back keeps what was typed, beside its row. */
    @POST
    @Path("{id: \\d+}/uptake/{recommendationId: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordUptake(@PathParam("id") long id, @PathParam("recommendationId") long recommendationId,
            MultivaluedMap<String, String> fields) {
        Submission s = mine(id);
        UptakeForm form = UptakeForm.from(new FormData(fields));
        try {
            Uptake u = uptake.record(id, recommendationId, form);
            return flash.redirect(s.path() + "?page=" + uptake.pageOf(s, recommendationId) + "#u" + recommendationId,
                    texts.get("mufakat.uptake.recorded", u.recommendation.number()));
        } catch (FormInvalidException e) {
            UptakeWorkflow.Sheet sheet = uptake.sheet(s, recommendationId, e.errors().has("version")
                    ? form.withVersion(uptake.versionOf(s, recommendationId)) : form);
            FormErrors errors = FormErrors.none();
            e.errors().entries().forEach(x -> errors.add(UptakeWorkflow.Row.key(recommendationId, x.field()),
                    x.message()));
            return Response.status(e.isConflict() ? 409 : 400)
                    .entity(show(s, EventForm.empty(), errors, sheet)).build();
        }
    }

    @GET
    @Path("{id: \\d+}/events/{eventId: \\d+}/evidence")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id, @PathParam("eventId") long eventId) {
        mine(id);
        EvidenceWorkflow.Download d = evidence.download(id, eventId);
        return Downloads.attachment(d.fileName(), d.contentType(), d.bytes());
    }

    /** What the public will see, before the convenor opens the public page. */
    @GET
    @Path("{id: \\d+}/publish")
    public TemplateInstance publishForm(@PathParam("id") long id) {
        Submission s = publication.toPublish(mine(id).id);
        return Templates.publish(s, publication.preview(s));
    }

    @POST
    @Path("{id: \\d+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id) {
        Submission s = publication.publish(mine(id).id);
        return flash.redirect(s.path(), texts.get("mufakat.submission.published", s.trackingNumber, s.publicPath()));
    }

    @GET
    @Path("{id: \\d+}/withdraw")
    public TemplateInstance withdrawForm(@PathParam("id") long id) {
        return Templates.withdraw(publication.toPublish(mine(id).id));
    }

    @POST
    @Path("{id: \\d+}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") long id) {
        Submission s = publication.withdraw(mine(id).id);
        return flash.redirect(s.path(), texts.get("mufakat.submission.withdrawn", s.trackingNumber));
    }

    @GET
    @Path("{id: \\d+}/verify")
    public TemplateInstance verifyForm(@PathParam("id") long id) {
        return Templates.verify(mine(id), null, null, FormErrors.none());
    }

    /**
     * Checks a pasted text; changes nothing. An HTML form sends every line break as CR LF, so they are read back as
     * the line feeds the frozen text holds.
     */
    @POST
    @Path("{id: \\d+}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Submission s = mine(id);
        String raw = new FormData(fields).secret("text");
        String text = raw == null ? null : raw.replace("\r\n", "\n");
        try {
            return Response.ok(Templates.verify(s, text, workflow.verify(id, text), FormErrors.none())).build();
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.verify(s, text, null, e.errors())).build();
        }
    }

    @GET
    @Path("close")
    public TemplateInstance closeForm() {
        return Templates.close(workflow.toClose(roundId));
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close() {
        Round round = workflow.close(roundId);
        return flash.redirect("/rounds/" + round.id, texts.get("mufakat.submission.closed"));
    }

    private TemplateInstance form(SubmissionForm form, FormErrors errors) {
        return Templates.form(workflow.readable(roundId), form, workflow.sessions(), errors);
    }

    private TemplateInstance show(Submission s, EventForm event, FormErrors errors, UptakeWorkflow.Sheet sheet) {
        List<TrackingEvent> events = workflow.timeline(s);
        return Templates.show(s, events, TrackingEvidence.forEvents(events), acknowledgements.overdue(s),
                workflow.mayTrack(s), publication.mayPublish(s), event, List.of(TrackingKind.values()), errors,
                sheet);
    }

    /** The submission, when it belongs to the round in the path. */
    private Submission mine(long id) {
        Submission s = workflow.view(id);
        if (!s.round.id.equals(roundId)) {
            throw new NotFoundException();
        }
        return s;
    }
}
