/**
 * Submissions, after review: the convenor sends a final round's proposal to a forum session, which freezes the exact
 * text sent in one register (with its SHA-256 and a tracking number such as {@code MFK-2027-0007}), and records what
 * became of it afterwards (sent, received, acknowledged, tabled, answered, reflected, no response). A frozen text is
 * rendered once for an audience outside the network ({@link org.mufakat.security.Audience#outside}): it never holds a
 * restricted statement, nor who proposed what unless the round allows it, and it is never changed afterwards. Events
 * may carry an evidence file; an acknowledgement that does not come in time is told to the convenors once; and the
 * convenor may publish a submission on a public page that shows only its frozen text, checksum, session, cover letter
 * and the kinds, days and links of its events, never notes, files or names. It moves the round only through
 * {@link org.mufakat.round.RoundWorkflow}; nothing earlier imports it.
 */
package org.mufakat.submission;
