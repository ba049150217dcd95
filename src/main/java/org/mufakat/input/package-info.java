/**
 * National inputs: each constituency's consultation record, preamble and numbered statements for a round, with
 * revisions, attachments and the submit / return / nil-return cycle. It answers the round's {@link
 * org.mufakat.round.InputProgress}. It must never change rounds, and never let restricted statements or evidence reach
 * anyone whose {@link org.mufakat.security.Audience} does not open them, the audit trail or the logs.
 */
package org.mufakat.input;
