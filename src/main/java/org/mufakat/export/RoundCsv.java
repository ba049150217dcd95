package org.mufakat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mufakat.export.ArchiveJson.Archive;
import org.mufakat.export.ArchiveJson.CommentPart;
import org.mufakat.export.ArchiveJson.EventPart;
import org.mufakat.export.ArchiveJson.InputPart;
import org.mufakat.export.ArchiveJson.PositionPart;
import org.mufakat.export.ArchiveJson.StatementPart;
import org.mufakat.export.ArchiveJson.SubmissionPart;
import org.mufakat.export.ArchiveJson.UptakePart;
import org.mufakat.impact.Indicators;
import org.mufakat.security.Audience;
import org.mufakat.web.CsvCells;

/**
 * A round's CSV files for analysts, in one ZIP: statements with their fates, recommendations with their sources,
 * positions, comments, submissions, their tracking events, uptake and the indicators of the round's forum. Written
 * with Apache Commons CSV (RFC 4180), each file UTF-8 with a byte-order mark so spreadsheets read every ASEAN script;
 * a cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe. What is in them is what the audience may see ({@link RoundData}); the columns are listed in
 * docs/export-format.md. Callers check who may export the round.
 */
@ApplicationScoped
public class RoundCsv {

    static final List<String> STATEMENTS = List.of("constituency", "theme", "number", "addressee", "text",
            "evidence", "fate", "rationale", "recommendation");
    static final List<String> RECOMMENDATIONS = List.of("number", "theme", "addressee", "text", "unvarnished_text",
            "sources");
    static final List<String> POSITIONS = List.of("recommendation", "constituency", "organisation", "stance",
            "note", "taken_at");
    static final List<String> COMMENTS = List.of("recommendation", "author", "created_at", "quote", "text",
            "reply_to", "ref");
    static final List<String> SUBMISSIONS = List.of("tracking_number", "forum", "session", "session_date",
            "register", "proposal_version", "sent_at", "sha256");
    static final List<String> EVENTS = List.of("submission", "kind", "occurred_on", "note", "link");
    static final List<String> UPTAKE = List.of("submission", "recommendation", "level", "official_text",
            "reference");
    static final List<String> INDICATORS = List.of("forum", "year", "submissions", "acknowledged",
            "seats_requested", "seats_granted", "carried_forward", "allies_gained");

    @Inject
    RoundData data;

    /** Writes the round's CSV files for the audience as a ZIP to {@code out} (not closed); 404 for an unknown round. */
    public void write(long roundId, Audience audience, OutputStream out) {
        RoundData.WithIndicators loaded = data.loadWithIndicators(roundId, audience);
        write(loaded.archive(), loaded.indicators(), out);
    }

    void write(Archive a, Indicators indicators, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            file(zip, "statements.csv", STATEMENTS, statements(a));
            file(zip, "recommendations.csv", RECOMMENDATIONS, a.recommendations().stream().map(r -> row(r.number(),
                    r.theme(), r.addressee(), r.text(), r.unvarnishedText(), r.sources().stream()
                            .map(s -> s.constituency() == null ? s.statement() : s.constituency() + " " + s.statement())
                            .collect(Collectors.joining("; ")))).toList());
            file(zip, "positions.csv", POSITIONS, a.positions().stream().map(RoundCsv::position).toList());
            file(zip, "comments.csv", COMMENTS, a.comments().stream().map(RoundCsv::comment).toList());
            file(zip, "submissions.csv", SUBMISSIONS, a.submissions().stream().map(s -> row(s.trackingNumber(),
                    s.forumSession().forum(), s.forumSession().title(), s.forumSession().startsOn(), s.register(),
                    s.proposalVersion(), s.sentAt(), s.sha256())).toList());
            List<List<String>> events = new ArrayList<>();
            List<List<String>> uptake = new ArrayList<>();
            for (SubmissionPart s : a.submissions()) {
                for (EventPart e : s.events()) {
                    events.add(row(s.trackingNumber(), e.kind(), e.occurredOn(), e.note(), e.link()));
                }
                for (UptakePart u : s.uptake()) {
                    uptake.add(row(s.trackingNumber(), u.recommendation(), u.level(), u.officialText(),
                            u.reference()));
                }
            }
            file(zip, "events.csv", EVENTS, events);
            file(zip, "uptake.csv", UPTAKE, uptake);
            file(zip, "indicators.csv", INDICATORS, indicators == null ? List.of() : indicators.years().stream()
                    .map(y -> row(indicators.forum() == null ? null : indicators.forum().acronym, y.year(),
                            y.submissions(), y.acknowledged(), y.seatsRequested(), y.seatsGranted(),
                            y.carriedForward(), y.alliesGained())).toList());
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> statements(Archive a) {
        List<List<String>> rows = new ArrayList<>();
        for (InputPart i : a.inputs()) {
            for (StatementPart s : i.statements()) {
                rows.add(row(i.constituency(), s.theme(), s.number(), s.addressee(), s.text(), s.evidence(),
                        s.disposition() == null ? null : s.disposition().fate(),
                        s.disposition() == null ? null : s.disposition().rationale(),
                        s.disposition() == null ? null : s.disposition().recommendation()));
            }
        }
        return rows;
    }

    private static List<String> position(PositionPart p) {
        return row(p.recommendation(), p.constituency(), p.organisation(), p.stance(), p.note(), p.takenAt());
    }

    private static List<String> comment(CommentPart c) {
        return row(c.recommendation(), c.author(), c.createdAt(), c.quote(), c.body(), c.parent(), c.ref());
    }

    /** One record: nulls as empty cells, everything else as text, neutralised. */
    static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? ""
                    : CsvCells.neutralised(cell instanceof Instant i ? i.toString() : String.valueOf(cell)));
        }
        return row;
    }


    private static void file(ZipOutputStream zip, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
        csv.printRecord(header);
        for (List<String> row : rows) {
            csv.printRecord(row);
        }
        csv.flush();
        zip.closeEntry();
    }
}
