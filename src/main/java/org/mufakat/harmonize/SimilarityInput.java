package org.mufakat.harmonize;

/**
 * One statement offered to {@link Similarity}: its id, the constituency whose input it belongs to, and its Markdown
 * text (none is read as empty).
 */
public record SimilarityInput(long statementId, long constituencyId, String text) {

    public SimilarityInput {
        text = text == null ? "" : text;
    }
}
