package org.mufakat.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for SVG on the server: groups along the x axis (years, themes), one bar per series in each
 * group, side by side or stacked. Only numbers and positions are computed here; {@code tags/barChart.html} draws
 * them, so every label passes through the template's escaping. The same markup can be placed in a page or in a
 * printed book. Colour is never the only signal: every bar carries its value and series name as a tooltip and in
 * the table the page shows beside the chart.
 *
 * @param id a name unique on the page, for the chart's title and description ids
 * @param title what the chart shows
 * @param description one sentence for screen readers
 * @param axis what the groups are ("Year", "Theme"), the table's first column
 * @param series the series' names, in the order of each group's values
 * @param groups the groups, left to right
 * @param stacked whether a group's values are stacked in one bar rather than placed side by side
 */
public record BarChart(String id, String title, String description, String axis, List<String> series, List<Group> groups,
        boolean stacked) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;
    static final int LEFT = 48;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 48;
    static final int TICKS = 4;

    public BarChart {
        series = List.copyOf(series);
        groups = List.copyOf(groups);
        for (Group g : groups) {
            if (g.values().size() != series.size()) {
                throw new IllegalArgumentException(g.label() + " has " + g.values().size() + " values for "
                        + series.size() + " series");
            }
        }
    }

    /** One group of bars: its label on the x axis and a value per series (none negative). */
    public record Group(String label, List<Long> values) {
        public Group {
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v < 0)) {
                throw new IllegalArgumentException("negative value in " + label);
            }
        }

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A drawn bar: its box in SVG units, its series (0, 1, ...) and the value it stands for. */
    public record Bar(double x, double y, double width, double height, int series, String seriesName,
            String group, long value) {
    }

    /** A line across the plot at a round value, with its label on the y axis (at textX, textY). */
    public record Tick(double y, long value, double textX, double textY) {
    }

    /**
     * A group's label under the x axis, centred on its bars; turned by 40 degrees, anchored at its end, when labels
     * are too long to sit side by side.
     */
    public record Label(double x, double y, String text, boolean turned) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public boolean isEmpty() {
        return groups.isEmpty() || groups.stream().allMatch(g -> g.total() == 0);
    }

    /** The y axis' top: the largest bar (or stack) rounded up to a step of 1, 2 or 5 times a power of ten. */
    public long scaleTop() {
        long max = groups.stream().mapToLong(g -> stacked ? g.total()
                : g.values().stream().mapToLong(Long::longValue).max().orElse(0)).max().orElse(0);
        return step(max) * TICKS;
    }

    /** The smallest step of 1, 2 or 5 × 10^n such that {@link #TICKS} steps reach {@code max}; 1 at least. */
    static long step(long max) {
        long needed = Math.max(1, (max + TICKS - 1) / TICKS);
        long power = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power >= needed) {
                    return factor * power;
                }
            }
            power *= 10;
        }
    }

    public double plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    private double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private double groupWidth() {
        return (WIDTH - LEFT - RIGHT) / (double) Math.max(1, groups.size());
    }

    /** Where a value sits on the y axis whose top is {@code top} (computed once per layout, not per bar). */
    private double y(long value, long top) {
        return TOP + plotHeight() * (1 - value / (double) top);
    }

    public List<Tick> ticks() {
        long top = scaleTop();
        long step = top / TICKS;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            double y = round(y(step * i, top));
            ticks.add(new Tick(y, step * i, LEFT - 6, y + 4));
        }
        return ticks;
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        double groupWidth = groupWidth();
        double padding = groupWidth * 0.15;
        double barWidth = stacked ? groupWidth - 2 * padding : (groupWidth - 2 * padding) / series.size();
        long top = scaleTop();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double left = LEFT + g * groupWidth + padding;
            long below = 0;
            for (int s = 0; s < series.size(); s++) {
                long value = group.values().get(s);
                double x = stacked ? left : left + s * barWidth;
                double upper = y(stacked ? below + value : value, top);
                double bottom = y(stacked ? below : 0, top);
                bars.add(new Bar(round(x), round(upper), round(barWidth), round(bottom - upper), s, series.get(s),
                        group.label(), value));
                below += stacked ? value : 0;
            }
        }
        return bars;
    }

    public List<Label> labels() {
        double groupWidth = groupWidth();
        int longest = groups.stream().mapToInt(g -> g.label().length()).max().orElse(0);
        boolean turned = longest * 7 > groupWidth;
        List<Label> labels = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            labels.add(new Label(round(LEFT + (g + 0.5) * groupWidth), plotBottom() + (turned ? 12 : 16),
                    groups.get(g).label(), turned));
        }
        return labels;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
