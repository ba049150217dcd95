package org.mufakat.impact;

import java.util.List;

import org.mufakat.web.Texts;

/** The impact page's charts, built from its numbers with labels in the reader's language; reusable in print. */
public final class ImpactCharts {

    private ImpactCharts() {
    }

    public static List<BarChart> of(Indicators indicators, Texts texts) {
        String from = String.valueOf(indicators.from());
        String to = String.valueOf(indicators.to());
        String year = texts.get("mufakat.impact.year");
        return List.of(
                perYear("submissions", indicators, texts, texts.get("mufakat.impact.chart.submissionsDescription",
                        from, to), List.of("mufakat.impact.submissions", "mufakat.impact.acknowledged"), year,
                        y -> List.of(y.submissions(), y.acknowledged())),
                perYear("seats", indicators, texts, texts.get("mufakat.impact.chart.seatsDescription", from, to),
                        List.of("mufakat.impact.seatsRequested", "mufakat.impact.seatsGranted"), year,
                        y -> List.of(y.seatsRequested(), y.seatsGranted())),
                new BarChart("uptake", texts.get("mufakat.impact.chart.uptake"),
                        texts.get("mufakat.impact.chart.uptakeDescription", from, to),
                        texts.get("mufakat.impact.theme"), names(texts, List.of("mufakat.impact.uptakeFull",
                                "mufakat.impact.uptakePartial", "mufakat.impact.uptakeNone",
                                "mufakat.impact.uptakeNotAssessed")),
                        indicators.themes().stream().map(t -> new BarChart.Group(t.code() + " " + t.title(),
                                List.of(t.uptake().full(), t.uptake().partial(), t.uptake().none(),
                                        t.uptake().notAssessed()))).toList(), true),
                perYear("allies", indicators, texts, texts.get("mufakat.impact.chart.alliesDescription", from, to),
                        List.of("mufakat.impact.carriedForward", "mufakat.impact.alliesGained"), year,
                        y -> List.of(y.carriedForward(), y.alliesGained())));
    }

    private static BarChart perYear(String id, Indicators indicators, Texts texts, String description,
            List<String> series, String axis, java.util.function.Function<Indicators.Year, List<Long>> values) {
        return new BarChart(id, texts.get("mufakat.impact.chart." + id), description, axis, names(texts, series),
                indicators.years().stream().map(y -> new BarChart.Group(String.valueOf(y.year()), values.apply(y)))
                        .toList(), false);
    }

    private static List<String> names(Texts texts, List<String> keys) {
        return keys.stream().map(texts::get).toList();
    }
}
