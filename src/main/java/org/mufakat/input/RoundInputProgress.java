package org.mufakat.input;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.round.InputProgress;
import org.mufakat.round.Round;

/** Tells the round how its national inputs stand: each input's state with its latest revision's time and author. */
@ApplicationScoped
public class RoundInputProgress implements InputProgress {

    @Override
    public Map<Long, Progress> progressOf(Round round) {
        Map<Long, Progress> progress = new HashMap<>();
        for (InputRevision r : InputRevision.latestForRound(round)) {
            progress.put(r.input.constituency.id, new Progress(r.input.state, r.createdAt, r.createdBy));
        }
        for (NationalInput input : NationalInput.listForRound(round)) {
            progress.putIfAbsent(input.constituency.id, new Progress(input.state, input.createdAt, null));
        }
        return progress;
    }
}
