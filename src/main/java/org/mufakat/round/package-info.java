/**
 * Consultation rounds: set-up by the convenor, the life cycle ({@link org.mufakat.round.RoundStatus} owns the
 * transition graph), guards that explain every refusal, deadlines with per-constituency extensions and the
 * completeness matrix. It asks later features through small interfaces ({@link org.mufakat.round.InputProgress})
 * and must never change their entities.
 */
package org.mufakat.round;
