/**
 * Review and consensus, after harmonization: immutable proposal versions and word-level diffs between any two, stage
 * windows and the guards of the review stages, comments anchored on recommendations with replies, edits of the two
 * registers during review, calibration and endorsement (editorial or substantive), positions of constituencies and
 * member organisations, the silence procedure, finalization with any override, and the consensus panel. It changes
 * recommendations' texts only through {@link org.mufakat.harmonize.RecommendationTexts}, never their theme, number,
 * addressee or sources; it never changes a version once taken; and it never shows restricted statements (or their
 * existence as a source) to anyone whose {@link org.mufakat.security.Audience} does not open them, in pages, the API or
 * notices.
 */
package org.mufakat.review;
