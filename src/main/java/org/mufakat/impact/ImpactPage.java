package org.mufakat.impact;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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
import org.mufakat.web.KeptBody;
import org.mufakat.web.Memo;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
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
        static native TemplateInstance index(RawString body);

        static native TemplateInstance indexBody(IndicatorForm form, FormErrors errors, List<Forum> forums,
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

    /**
     * The indicators of a filter are the same for every reader until a submission, its tracking or uptake, an ally or
     * an engagement changes, so the page is kept per filter and language under what they are worked out from.
     */
    private record PageKey(ImpactWorkflow.Sources sources, int from, int to, Long forum, Locale locale) {
    }

    private static final Memo<PageKey, KeptBody> PAGES = new Memo<>(16);

    @GET
    public Response index(@BeanParam Query query) {
        IndicatorForm form = query.form();
        try {
            ImpactWorkflow.Filter filter = workflow.filter(form);
            Long forum = filter.forum() == null ? null : filter.forum().id;
            Supplier<KeptBody> body = () -> {
                Indicators indicators = workflow.indicators(filter);
                IndicatorForm shown = new IndicatorForm(String.valueOf(filter.from()), String.valueOf(filter.to()),
                        forum == null ? "" : forum.toString());
                return new KeptBody(texts.render(Templates.indexBody(shown, FormErrors.none(), workflow.forums(),
                        indicators, ImpactCharts.of(indicators, texts), queryString(filter))));
            };
            return workflow.sources().map(sources -> PAGES.get(new PageKey(sources, filter.from(), filter.to(), forum,
                    texts.locale()), body)).orElseGet(body).in(Templates.index(KeptBody.SLOT), texts.locale());
        } catch (FormInvalidException e) {
            return Response.status(400).entity(Templates.index(texts.render(Templates.indexBody(form, e.errors(),
                    workflow.forums(), null, List.of(), "")))).build();
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
