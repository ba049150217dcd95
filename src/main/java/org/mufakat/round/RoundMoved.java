package org.mufakat.round;

/**
 * Fired (synchronously, inside the move's transaction) when a round has moved to another stage, so later features can
 * act on it: take a version, reset positions, notify. An observer that throws rolls the move back.
 */
public record RoundMoved(Round round, RoundStatus from, RoundStatus to, String actor) {
}
