package org.mufakat.harmonize;

/**
 * Where a recommendation comes from across rounds: the one it was carried from (none when first asked in its own
 * round), the first one of its line and the year it was first asked (the year of that round's forum session, else of
 * the round's creation), how many times it was carried, and the latest uptake recorded along the line (the latest
 * partial or full one, else the latest "none"); {@code text} says it in the reader's language ("first asked in 2009,
 * carried 3 times; partial uptake at the 9th AFML"), or is null when there is nothing to tell (never carried, no
 * uptake recorded). Built by {@link Lineages}.
 */
public record Lineage(long recommendationId, Long carriedFromId, long firstAskedId, int firstAskedIn,
        int timesCarried, UptakeHistory.Recorded uptake, String text) {

    public boolean carried() {
        return timesCarried > 0;
    }
}
