package org.mufakat.round;

import java.time.Instant;
import java.util.Map;

/**
 * How the national inputs of a round stand. Declared here so that the round's guards and completeness matrix can ask,
 * implemented by the input feature (which depends on rounds, not the other way round).
 */
public interface InputProgress {

    /** Per constituency id, the state of its input with the last change; constituencies without one are absent. */
    Map<Long, Progress> progressOf(Round round);

    record Progress(InputState state, Instant lastChange, String changedBy) {
    }
}
