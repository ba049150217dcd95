package org.mufakat.impact;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mufakat.forum.Forum;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The impact page: indicators for a year range and a forum, each chart with its table, and the same as CSV. */
@Path("/impact")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ImpactPage {

    @Inject
    ImpactWorkflow workflow;
    @Inject
    Texts texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(IndicatorForm form, FormErrors errors, List<Forum> forums,
                Indicators indicators, List<BarChart> charts, String query);
    }

    /** The typed filter, as query parameters. */
    public static class Query {
        @QueryParam("from")
        String from;
        @QueryParam("to")
        String to;
        @QueryParam("forumId")
        String forumId;

        IndicatorForm form() {
            return new IndicatorForm(from, to, forumId);
        }
    }

    @GET
    public Response index(@BeanParam Query query) {
        IndicatorForm form = query.form();
        List<Forum> forums = workflow.forums();
        try {
            ImpactWorkflow.Filter filter = workflow.filter(form);
            Indicators indicators = workflow.indicators(filter);
            IndicatorForm shown = new IndicatorForm(String.valueOf(filter.from()), String.valueOf(filter.to()),
                    filter.forum() == null ? "" : filter.forum().id.toString());
            return Response.ok(Templates.index(shown, FormErrors.none(), forums, indicators,
                    ImpactCharts.of(indicators, texts), queryString(filter))).build();
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.index(form, e.errors(), forums, null, List.of(), ""))
                    .build();
        }
    }

    /** The numbers of the page as a spreadsheet. */
    @GET
    @Path("indicators.csv")
    @Produces("text/csv")
    public Response csv(@BeanParam Query query) {
        ImpactWorkflow.Filter filter = workflow.filter(query.form());
        Indicators indicators = workflow.indicators(filter);
        return Response.ok(ImpactCsv.write(indicators, ImpactCharts.of(indicators, texts), texts))
                .header("Content-Disposition", "attachment; filename=\"indicators-" + filter.from() + "-"
                        + filter.to() + (filter.forum() == null ? "" : "-forum-" + filter.forum().id) + ".csv\"")
                .build();
    }

    private static String queryString(ImpactWorkflow.Filter filter) {
        return "from=" + filter.from() + "&to=" + filter.to()
                + (filter.forum() == null ? "" : "&forumId=" + filter.forum().id);
    }
}
