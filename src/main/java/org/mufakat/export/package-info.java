/**
 * Export, the last feature: the resource book of a round (PDF from a Qute template through openhtmltopdf, DOCX
 * through Apache POI) with its foreword, the export panel and {@code GET /api/v1/rounds/{id}/export}. It reads the
 * round, input, harmonize, review, submission and impact features (their entities and read methods) and changes
 * none of them; it owns only the foreword. Nothing imports it. What a book shows is decided by one
 * {@link org.mufakat.security.Audience}: the public edition is made to leave the network and never holds anything
 * restricted, whatever its reader may see inside.
 */
package org.mufakat.export;
