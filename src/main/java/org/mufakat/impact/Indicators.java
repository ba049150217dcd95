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
 * @param themes uptake of the submitted recommendations per theme (by theme code), in code order
 */
public record Indicators(int from, int to, Forum forum, Totals totals, List<Year> years, List<ThemeUptake> themes) {

    /**
     * @param submissions submissions sent in the range
     * @param acknowledged those with an acknowledgement, or anything that implies one (tabled, a response, reflected)
     * @param acknowledgementRate acknowledged ÷ submissions in whole percent; null when nothing was sent
     * @param medianDaysToAcknowledge the median number of days from sending to the first acknowledgement; null when
     *     none was acknowledged
     * @param seatsRequested seats the network asked for at the forum sessions held in the range (where known)
     * @param seatsGranted seats it was given there
     * @param uptake the submitted recommendations by what became of them, over all themes
     * @param carriedForward recommendations submitted in the range and carried into a later round
     * @param alliesGained allies and champions who became allies in the range
     */
    public record Totals(long submissions, long acknowledged, Integer acknowledgementRate,
            Double medianDaysToAcknowledge, long seatsRequested, long seatsGranted, Uptake uptake,
            long carriedForward, long alliesGained) {
    }

    /**
     * One year's numbers: submissions by the day they were sent, seats by the day their session began, carried
     * recommendations by the year they were first submitted, allies by the day they became allies.
     */
    public record Year(int year, long submissions, long acknowledged, long seatsRequested, long seatsGranted,
            long carriedForward, long alliesGained) {
    }

    /**
     * Recommendations of submissions by their uptake: full, partial, none (as recorded), and not assessed yet. A
     * recommendation sent to two sessions counts once per submission. The four add up to the recommendations sent.
     */
    public record Uptake(long full, long partial, long none, long notAssessed) {

        public static final Uptake ZERO = new Uptake(0, 0, 0, 0);

        public long total() {
            return full + partial + none + notAssessed;
        }

        Uptake plus(Uptake other) {
            return new Uptake(full + other.full, partial + other.partial, none + other.none,
                    notAssessed + other.notAssessed);
        }
    }

    /** Uptake of one theme's recommendations (themes are matched across rounds by their code). */
    public record ThemeUptake(String code, String title, Uptake uptake) {
    }
}
