package org.mufakat.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    static BarChart chart(boolean stacked, BarChart.Group... groups) {
        return new BarChart("c", "Title", "Description", "Year", List.of("Sent", "Acknowledged"), List.of(groups),
                stacked);
    }

    @Test
    void theScaleRoundsUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, BarChart.step(0));
        assertEquals(1, BarChart.step(4));
        assertEquals(2, BarChart.step(5));
        assertEquals(5, BarChart.step(17));
        assertEquals(10, BarChart.step(40));
        assertEquals(20, BarChart.step(41));
        assertEquals(500, BarChart.step(1999));
        assertEquals(20, chart(false, new BarChart.Group("2009", List.of(17L, 3L))).scaleTop());
        assertEquals(40, chart(true, new BarChart.Group("2009", List.of(17L, 8L))).scaleTop(),
                "a stack is as tall as its sum");
    }

    @Test
    void sideBySideBarsStandOnTheAxisAndAreAsTallAsTheirValue() {
        BarChart c = chart(false, new BarChart.Group("2009", List.of(4L, 2L)), new BarChart.Group("2010",
                List.of(0L, 1L)));
        List<BarChart.Bar> bars = c.bars();
        assertEquals(4, bars.size());
        double bottom = c.plotBottom();
        for (BarChart.Bar b : bars) {
            assertEquals(bottom, b.y() + b.height(), 0.11, "every bar stands on the axis");
        }
        assertEquals(bars.get(0).height(), 2 * bars.get(1).height(), 0.2);
        assertEquals(0, bars.get(2).height(), 0.01);
        assertTrue(bars.get(1).x() > bars.get(0).x(), "the second series stands beside the first");
        assertTrue(bars.get(2).x() > bars.get(1).x() + bars.get(1).width() - 0.1, "groups do not overlap");
        assertEquals("2010", c.labels().get(1).text());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), c.ticks().stream().map(BarChart.Tick::value).toList());
    }

    @Test
    void stackedBarsSitOnEachOther() {
        BarChart c = chart(true, new BarChart.Group("Recruitment", List.of(3L, 1L)));
        BarChart.Bar first = c.bars().get(0);
        BarChart.Bar second = c.bars().get(1);
        assertEquals(first.x(), second.x());
        assertEquals(first.y(), second.y() + second.height(), 0.11);
    }

    @Test
    void emptyChartsAndWrongShapesAreTold() {
        assertTrue(chart(false).isEmpty());
        assertTrue(chart(false, new BarChart.Group("2009", List.of(0L, 0L))).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> chart(false, new BarChart.Group("2009", List.of(1L))));
        assertThrows(IllegalArgumentException.class, () -> new BarChart.Group("2009", List.of(-1L, 1L)));
    }

    @Test
    void longLabelsAreTurned() {
        BarChart c = chart(false, new BarChart.Group("Recruitment and placement fees", List.of(1L, 1L)),
                new BarChart.Group("Domestic work", List.of(1L, 1L)), new BarChart.Group("Access to justice",
                        List.of(1L, 1L)), new BarChart.Group("Social protection", List.of(1L, 1L)),
                new BarChart.Group("Return and reintegration", List.of(1L, 1L)));
        assertTrue(c.labels().get(0).turned());
    }
}
