package org.mufakat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.export.ArchiveJson.Archive;
import org.mufakat.security.Audience;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The full JSON export of a round (schema {@value ArchiveJson#SCHEMA}, described in docs/export-format.md): what the
 * reader may see, read in one short transaction by {@link RoundData}, then streamed element by element with Jackson's
 * generator with no transaction open. Callers check who may export the round; this writes what the audience allows.
 */
@ApplicationScoped
public class RoundArchive {

    @Inject
    RoundData data;
    @Inject
    ObjectMapper json;

    /** Writes the round's archive for the audience to {@code out} (UTF-8, not closed); 404 for an unknown round. */
    public void write(long roundId, Audience audience, OutputStream out) {
        write(data.load(roundId, audience), out);
    }

    void write(Archive a, OutputStream out) {
        ObjectMapper mapper = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", a.schema());
            g.writeStringField("installation", a.installation());
            g.writeStringField("exportId", a.exportId());
            g.writeObjectField("exportedAt", a.exportedAt());
            g.writeObjectField("reader", a.reader());
            g.writeObjectField("round", a.round());
            array(g, "inputs", a.inputs());
            array(g, "recommendations", a.recommendations());
            array(g, "versions", a.versions());
            array(g, "positions", a.positions());
            array(g, "comments", a.comments());
            if (a.finalization() != null) {
                g.writeObjectField("finalization", a.finalization());
            }
            array(g, "submissions", a.submissions());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void array(JsonGenerator g, String name, List<?> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object item : items) {
            g.writeObject(item);
            g.flush();
        }
        g.writeEndArray();
    }
}
