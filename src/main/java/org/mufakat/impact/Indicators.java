package org.mufakat.impact;

import java.util.List;

import org.mufakat.forum.Forum;

/**
 * The impact page's numbers for a year range and, optionally, one forum.
 *
 * @param from the first year counted
 * @param to the last year counted
 * @param forum the forum counted, or null for all
 * @param totals the numbers over the whole range
 * @param years the same per year, oldest first, every year of the range present
 */
public record Indicators(int from, int to, Forum forum, Totals totals, List<Year> years) {

    /**
     * @param submissions submissions sent in the range
     * @param acknowledged those with an acknowledgement, or anything that implies one (tabled, a response, reflected)
     * @param acknowledgementRate acknowledged ÷ submissions in whole percent; null when nothing was sent
     * @param medianDaysToAcknowledge the median number of days from sending to the first acknowledgement; null when
     *     none was acknowledged
     */
    public record Totals(long submissions, long acknowledged, Integer acknowledgementRate,
            Double medianDaysToAcknowledge) {
    }

    /** One year's numbers, counted by the day each submission was sent. */
    public record Year(int year, long submissions, long acknowledged) {
    }
}
