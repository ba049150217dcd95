/**
 * Submissions, after review: the convenor sends a final round's proposal to a forum session, which freezes the exact
 * text sent in one register (with its SHA-256 and a tracking number such as {@code MFK-2027-0007}), and records what
 * became of it afterwards (sent, received, acknowledged, tabled, answered, reflected, no response). A frozen text is
 * rendered once for an audience outside the network ({@link org.mufakat.security.Audience#outside}): it never holds a
 * restricted statement, nor who proposed what unless the round allows it, and it is never changed afterwards. Events
 * may carry an evidence file; an acknowledgement that does not come in time is told to the convenors once; and the
 * convenor may publish a submission on a public page that shows only its frozen text, checksum, session, cover letter
 * and the kinds, days and links of its events, never notes, files or names. It also records what each forum made of
 * each recommendation sent (uptake) and carries a closed round's recommendations not fully taken up into a later
 * round, and keeps the network's engagement at forum sessions (invitation, seats, delegates) and its allies and
 * champions, whom focal points and members never see. It moves the round only through
 * {@link org.mufakat.round.RoundWorkflow} and writes recommendations only through
 * {@link org.mufakat.harmonize.CarriedRecommendations}; nothing earlier imports it (it answers harmonization's
 * {@link org.mufakat.harmonize.UptakeHistory}; the forum's pages link to engagement by address only).
 */
package org.mufakat.submission;
