package org.mufakat.impact;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mufakat.forum.Forum;

import io.quarkus.security.Authenticated;

/** The impact page's numbers as JSON: the same filter, the same permission. */
@Path("/api/v1/indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ImpactApi {

    @Inject
    ImpactWorkflow workflow;

    /** A forum as the indicators name it. */
    public record ForumRef(long id, String acronym, String name) {
        static ForumRef of(Forum f) {
            return f == null ? null : new ForumRef(f.id, f.acronym, f.name);
        }
    }

    /** The indicators with the filter they were counted for. */
    public record IndicatorsJson(int from, int to, ForumRef forum, Indicators.Totals totals,
            java.util.List<Indicators.Year> years, java.util.List<Indicators.ThemeUptake> themes) {
    }

    @GET
    @Operation(summary = "The impact indicators for a year range and, optionally, one forum",
            description = "Who may call: Anyone in the network. Blank years default to the first submission's year"
                    + " and this year;"
                    + " a range of at most 40 years. 400 with the field named when a year or the forum is not"
                    + " valid.")
    public IndicatorsJson indicators(
            @Parameter(description = "First year, e.g. 2009") @QueryParam("from") String from,
            @Parameter(description = "Last year, e.g. 2026") @QueryParam("to") String to,
            @Parameter(description = "Only submissions to this forum") @QueryParam("forumId") String forumId) {
        Indicators i = workflow.indicators(workflow.filter(new IndicatorForm(from, to, forumId)));
        return new IndicatorsJson(i.from(), i.to(), ForumRef.of(i.forum()), i.totals(), i.years(), i.themes());
    }
}
