package org.mufakat.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mufakat.security.Audience;
import org.mufakat.web.Downloads;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Problem;
import org.mufakat.web.Texts;

import io.quarkus.security.Authenticated;

/** A round's exports through the API: the resource book (PDF, DOCX) and the foreword. */
@Path("/api/v1/rounds/{id}")
@Authenticated
public class ExportApi {

    /** Seconds a caller told the renderers are busy waits before asking again. */
    static final int RETRY_AFTER = 10;

    @Inject
    ExportWorkflow workflow;
    @Inject
    BookFiles files;
    @Inject
    TableFiles tables;
    @Inject
    Texts texts;

    /** The foreword as the API reads and writes it. */
    public record ForewordJson(String text, Long version) {
        static ForewordJson of(Foreword f) {
            return new ForewordJson(f.text, f.version);
        }
    }

    @GET
    @Path("export")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/zip", MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "A round's export: the resource book (PDF, DOCX), its tables (CSV zip) or the round (JSON)",
            description = "Who may call: whoever reads the round's proposal, for the public edition (nothing"
                    + " restricted; attribution only when the round allows it); the network's staff (convenor,"
                    + " secretariat) for the internal edition. The body is an attachment (CSV and JSON streamed)."
                    + " 400 when the format, register or edition is not one of those named, 403 for the internal"
                    + " edition to anyone else, 404 for an unknown round, 503 with Retry-After while two books are"
                    + " being made.")
    public Response export(@PathParam("id") long id,
            @Parameter(description = "pdf, docx, csv or json") @QueryParam("format") String format,
            @Parameter(description = "CALIBRATED (the default) or UNVARNISHED") @QueryParam("register") String register,
            @Parameter(description = "public (the default) or internal") @QueryParam("edition") String edition) {
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> FormInvalidException.field("format",
                texts.get("mufakat.export.formatInvalid")));
        Audience.Register r = register(register, texts);
        Edition e = Edition.parse(edition).orElseThrow(() -> FormInvalidException.field("edition",
                texts.get("mufakat.export.editionInvalid")));
        switch (f) {
            case PDF, DOCX -> {
                return book(id, f, r, e);
            }
            case CSV, JSON -> {
                return tables(id, f, r, e);
            }
            default -> throw new IllegalStateException();
        }
    }

    private Response tables(long id, ExportFormat format, Audience.Register register, Edition edition) {
        ExportWorkflow.TableReader reader = workflow.tableReader(id, register, edition);
        StreamingOutput body = out -> tables.write(id, reader.audience(), format, out);
        return Downloads.attachment(fileName(reader.roundTitle(), edition, register, format), format.contentType,
                body);
    }

    private Response book(long id, ExportFormat format, Audience.Register register, Edition edition) {
        ResourceBook book = workflow.book(id, register, edition);
        if (!files.tryAcquire()) {
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER)
                    .entity(Problem.of(503, "Service Unavailable", texts.get("mufakat.export.busy"), null)).build();
        }
        // Rendered here, within the slot, rather than in a StreamingOutput: a client gone before its body is written
        // would otherwise keep the slot for good. A book is a few hundred KB even for a large round.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            files.write(book, format, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.release();
        }
        return Downloads.attachment(fileName(book.roundTitle(), book.edition(), book.register(), format),
                format.contentType, body.toByteArray());
    }

    /** "19th-afml-public-calibrated.pdf": the round's title in safe characters, the edition and the register. */
    static String fileName(String roundTitle, Edition edition, Audience.Register register, ExportFormat format) {
        String title = roundTitle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (title.length() > 60) {
            title = title.substring(0, 60).replaceAll("-+$", "");
        }
        return (title.isEmpty() ? "round" : title) + "-" + edition.param() + "-"
                + register.name().toLowerCase(Locale.ROOT) + "." + format.extension;
    }

    /** The register named in a request; blank is the calibrated one. */
    static Audience.Register register(String name, Texts texts) {
        if (name == null || name.isBlank()) {
            return Audience.Register.CALIBRATED;
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("CALIBRATED") || n.equals("UNVARNISHED")) {
            return Audience.Register.valueOf(n);
        }
        throw FormInvalidException.field("register", texts.get("mufakat.export.registerInvalid"));
    }

    @PUT
    @Path("foreword")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the foreword of the round's resource book",
            description = "Who may call: the convenor. Markdown of at most 20000 characters with the version read"
                    + " (0 while none is written); 409 when someone else saved first, 400 naming the field when the"
                    + " text or the version is missing.")
    public ForewordJson saveForeword(@PathParam("id") long id, ForewordJson body) {
        if (body == null) {
            throw FormInvalidException.field("text", texts.get("mufakat.export.forewordRequired"));
        }
        return ForewordJson.of(workflow.saveForeword(id, new ForewordForm(body.text(), body.version())));
    }

    @GET
    @Path("foreword")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The foreword of the round's resource book, to edit",
            description = "Who may call: the convenor. Version 0 and no text while none is written.")
    public ForewordJson foreword(@PathParam("id") long id) {
        ForewordForm form = workflow.forewordForm(id);
        return new ForewordJson(form.text(), form.version());
    }
}
