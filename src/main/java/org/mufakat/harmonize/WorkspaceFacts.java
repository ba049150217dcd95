package org.mufakat.harmonize;

import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.input.Statement;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.web.Memo;

/**
 * What the workspace shows of the whole round on every visit, read from all its submitted statements (the addressees
 * they name for the filter, how many there are and how many have a fate), kept until anything in the round changes,
 * as {@link org.mufakat.round.RoundFacts} keeps the round page's ({@link RoundChanges#version}).
 */
@ApplicationScoped
public class WorkspaceFacts {

    private static final int KEPT = 256;

    @Inject
    RoundChanges changes;

    /** The addressees in alphabetical order; statements submitted and those of them with a fate. */
    record Facts(List<String> addressees, long statements, long decided) {
    }

    private final Memo<RoundChanges.Version, Facts> facts = new Memo<>(KEPT,
            version -> read(Round.findById(version.round())));

    Facts of(Round round) {
        return changes.version(round).map(facts::get).orElseGet(() -> read(round));
    }

    private static Facts read(Round round) {
        long[] progress = Disposition.progress(round);
        // Kept and shared between requests, so not to be changed; contains(null) must answer false (an unset filter).
        return new Facts(Collections.unmodifiableList(Statement.submittedAddressees(round)), progress[0],
                progress[1]);
    }
}
