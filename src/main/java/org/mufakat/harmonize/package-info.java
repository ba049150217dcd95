/**
 * Harmonization: the convenor merges the submitted national statements into the round's numbered recommendations, with
 * provenance both ways (each recommendation's sources, each statement's fate), similarity suggestions and the guard
 * that keeps a round in harmonization until no statement is left without a fate; recommendations carried forward from
 * an earlier round keep their lineage, whose uptake it asks of {@link org.mufakat.harmonize.UptakeHistory} (the
 * submission feature answers). It answers the round's {@link org.mufakat.round.StageGuard}. It must never change
 * statements or inputs, never drop a statement silently, and never show restricted statements or evidence to anyone
 * whose {@link org.mufakat.security.Audience} does not open them.
 */
package org.mufakat.harmonize;
