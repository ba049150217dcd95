package org.mufakat.input;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mufakat.network.Constituency;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Builds national inputs for tests of later features, committed in their own transaction. */
public final class InputTestData {

    private InputTestData() {
    }

    /**
     * A submitted input of the constituency with one statement per line given as "THEME|addressee|text", or
     * "THEME|addressee|text|restricted" for a restricted one with evidence. Returns the statements' ids in order.
     */
    public static List<Long> submitted(Round round, Constituency constituency, String... statements) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Round r = Round.findById(round.id);
            NationalInput input = NationalInput.unsaved(r, Constituency.findById(constituency.id));
            input.state = InputState.SUBMITTED;
            input.createdAt = Instant.now();
            input.submittedAt = input.createdAt;
            input.submittedBy = "test";
            input.persist();
            List<Long> ids = new ArrayList<>();
            for (String line : statements) {
                String[] parts = line.split("\\|");
                Statement s = new Statement();
                s.input = input;
                s.theme = r.theme(parts[0]).orElseThrow();
                s.restricted = parts.length > 3;
                s.position = Statement.listForSeries(input, s.theme, s.restricted).size() + 1;
                s.addressee = parts[1];
                s.text = parts[2];
                s.evidence = s.restricted ? "Evidence of " + parts[2] : null;
                s.createdAt = Instant.now();
                s.createdBy = "test";
                s.persist();
                ids.add(s.id);
            }
            return ids;
        });
    }
}
