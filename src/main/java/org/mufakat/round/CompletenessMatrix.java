package org.mufakat.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.mufakat.network.Constituency;
import org.mufakat.round.InputProgress.Progress;

/**
 * Who has submitted: one row per participating constituency, with its deadline and its input's last change. Plain
 * values only, so that {@link RoundFacts} can keep a round's matrix between visits.
 */
public record CompletenessMatrix(List<Row> rows) {

    /** The constituency of a row: its id, code and name. */
    public record Party(long id, String code, String name) {

        static Party of(Constituency c) {
            return new Party(c.id, c.code, c.name);
        }
    }

    /** A constituency whose input is not complete after its deadline is late, whatever it has drafted. */
    public record Row(Party constituency, InputState state, boolean late, LocalDate deadline, boolean extended,
            Instant lastChange, String changedBy) {

        /** Days from today to the deadline: negative once it has passed. */
        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, deadline);
        }

        /** The key of the status shown, with late taking the place of an incomplete state. */
        public String shownState() {
            return late ? "LATE" : state.name();
        }
    }

    public static CompletenessMatrix of(Round round, Map<Long, Progress> progress, LocalDate today) {
        List<Row> rows = round.participants.stream()
                .sorted(Comparator.comparing((RoundParticipant p) -> p.constituency.name))
                .map(p -> {
                    Progress pr = progress.get(p.constituency.id);
                    InputState state = pr == null ? InputState.NOT_STARTED : pr.state();
                    boolean late = !state.isComplete() && today.isAfter(p.deadline());
                    return new Row(Party.of(p.constituency), state, late, p.deadline(), p.deadlineExtension != null,
                            pr == null ? null : pr.lastChange(), pr == null ? null : pr.changedBy());
                }).toList();
        return new CompletenessMatrix(List.copyOf(rows));
    }

    public long complete() {
        return rows.stream().filter(r -> r.state().isComplete()).count();
    }

    /** How many inputs are late: incomplete after their deadline. */
    public long late() {
        return rows.stream().filter(Row::late).count();
    }

    public List<Row> incomplete() {
        return rows.stream().filter(r -> !r.state().isComplete()).toList();
    }
}
