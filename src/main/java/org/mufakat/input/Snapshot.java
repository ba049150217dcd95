package org.mufakat.input;

import java.util.List;

/** The whole input as plain text, one fact per line, for revisions and their diffs. */
final class Snapshot {

    private Snapshot() {
    }

    static String of(NationalInput input, List<Statement> statements) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Input", input.constituency.name + " to " + input.round.title);
        line(sb, "State", input.state.name());
        line(sb, "Consultation", (input.startedOn == null ? "" : input.startedOn.toString())
                + (input.endedOn == null ? "" : " to " + input.endedOn));
        line(sb, "Venue", input.venue);
        line(sb, "Organisers", input.organisers);
        line(sb, "Participants", input.participantsTotal == null ? null
                : input.participantsTotal + " (women " + count(input.participantsWomen) + ", men "
                        + count(input.participantsMen) + ", other " + count(input.participantsOther) + ")");
        line(sb, "Sectors", input.sectors);
        line(sb, "Nil return", input.nilReason);
        if (input.preamble != null) {
            sb.append("\nPreamble\n").append(input.preamble.strip()).append('\n');
        }
        String theme = null;
        for (Statement s : statements) {
            if (!s.theme.code.equals(theme)) {
                theme = s.theme.code;
                sb.append('\n').append(s.theme.code).append(' ').append(s.theme.title).append('\n');
            }
            sb.append('\n').append(s.number()).append(" To ").append(s.addressee)
                    .append(s.restricted ? " [restricted]" : "").append('\n');
            sb.append(s.text.strip()).append('\n');
            if (s.evidence != null) {
                sb.append("Evidence: ").append(s.evidence.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(label).append(": ").append(value).append('\n');
        }
    }

    private static String count(Integer n) {
        return n == null ? "-" : n.toString();
    }
}
