package org.mufakat.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * The engagement at a forum session as edited: whether invited ({@code YES}, {@code NO}, {@code UNKNOWN}), seats
 * requested and granted (whole numbers, 0 or more, kept as text until checked so what was typed comes back), notes,
 * the delegate rows in their order (a row without a name is left out), and the version read (0 while nothing is
 * recorded). The HTML form sends rows as {@code delegates.N.name}, {@code delegates.N.organisation} and
 * {@code delegates.N.spoke}.
 */
public record EngagementForm(
        @NotBlank(message = "{mufakat.engagement.invitedRequired}")
        @Pattern(regexp = "YES|NO|UNKNOWN", message = "{mufakat.engagement.invitedRequired}") String invited,
        @Pattern(regexp = "\\d{1,5}", message = "{mufakat.engagement.seats}") String seatsRequested,
        @Pattern(regexp = "\\d{1,5}", message = "{mufakat.engagement.seats}") String seatsGranted,
        @Size(max = 4000, message = "{mufakat.tooLong}") String notes,
        List<Row> delegates,
        Long version) {

    /** Blank rows offered after the filled ones, to add delegates without JavaScript. */
    static final int BLANK_ROWS = 3;
    /** Rows read from a posted form; anything further is not read. */
    static final int MAX_ROWS = Engagement.MAX_DELEGATES + BLANK_ROWS;

    public EngagementForm {
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }

    /** One delegate row: a person's name, their organisation, whether they spoke. */
    public record Row(String name, String organisation, boolean spoke) {

        public boolean isBlank() {
            return name == null && organisation == null && !spoke;
        }
    }

    public static EngagementForm from(FormData f) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String prefix = "delegates." + i + ".";
            rows.add(new Row(f.text(prefix + "name"), f.text(prefix + "organisation"),
                    "true".equals(f.text(prefix + "spoke"))));
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        return new EngagementForm(f.text("invited"), f.text("seatsRequested"), f.text("seatsGranted"),
                f.text("notes"), rows, f.number("version"));
    }

    /** What is recorded, or an empty form (invitation unknown) at version 0 while nothing is. */
    public static EngagementForm of(Engagement e) {
        if (e == null) {
            return new EngagementForm(Invitation.UNKNOWN.name(), null, null, null, List.of(), 0L);
        }
        return new EngagementForm(e.invited.name(), text(e.seatsRequested), text(e.seatsGranted), e.notes,
                e.delegates.stream().map(d -> new Row(d.name, d.organisation, d.spoke)).toList(), e.version);
    }

    public EngagementForm withVersion(long current) {
        return new EngagementForm(invited, seatsRequested, seatsGranted, notes, delegates, current);
    }

    /** The rows to show: those typed or recorded, then a few blank ones (no more than the form reads). */
    public List<Field> rows() {
        List<Row> rows = new ArrayList<>(delegates);
        rows.addAll(Collections.nCopies(Math.max(0, Math.min(BLANK_ROWS, MAX_ROWS - rows.size())),
                new Row(null, null, false)));
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.add(new Field(i, rows.get(i)));
        }
        return fields;
    }

    /** A row as the form shows it: its fields are named {@code delegates.N.name} and so on, N counted from 0. */
    public record Field(int index, Row row) {

        public String name() {
            return "delegates." + index + ".name";
        }

        public String organisation() {
            return "delegates." + index + ".organisation";
        }

        public String spoke() {
            return "delegates." + index + ".spoke";
        }

        /** Counted from 1, for labels. */
        public int number() {
            return index + 1;
        }
    }

    /** Whether saving this form would change nothing the record holds (the same form sent twice). */
    boolean sameAs(Engagement e) {
        EngagementForm recorded = of(e);
        return recorded.invited.equals(invited) && Objects.equals(recorded.seatsRequested, seatsRequested)
                && Objects.equals(recorded.seatsGranted, seatsGranted) && Objects.equals(recorded.notes, notes)
                && recorded.delegates.equals(named());
    }

    /** The rows that name someone. */
    List<Row> named() {
        return delegates.stream().filter(r -> r.name() != null).toList();
    }

    static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
