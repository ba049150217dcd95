package org.mufakat.impact;

import java.util.List;

import org.mufakat.web.Texts;

/** The impact page's charts, built from its numbers with labels in the reader's language; reusable in print. */
public final class ImpactCharts {

    private ImpactCharts() {
    }

    public static List<BarChart> of(Indicators indicators, Texts texts) {
        return List.of(submissions(indicators, texts));
    }

    static BarChart submissions(Indicators indicators, Texts texts) {
        return new BarChart("submissions", texts.get("mufakat.impact.chart.submissions"),
                texts.get("mufakat.impact.chart.submissionsDescription", String.valueOf(indicators.from()),
                        String.valueOf(indicators.to())),
                texts.get("mufakat.impact.year"),
                List.of(texts.get("mufakat.impact.submissions"), texts.get("mufakat.impact.acknowledged")),
                indicators.years().stream().map(y -> new BarChart.Group(String.valueOf(y.year()),
                        List.of(y.submissions(), y.acknowledged()))).toList(), false);
    }
}
