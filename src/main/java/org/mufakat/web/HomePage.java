package org.mufakat.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The dashboard after sign-in: what waits on this person, gathered from every feature. */
@Path("/")
@Authenticated
public class HomePage {

    @Inject
    Instance<DashboardSource> sources;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<DashboardItem> items);
    }

    /** One read-only transaction for every source (each joins it), rather than one each. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance index() {
        ReadOnly.view();
        List<DashboardItem> items = new ArrayList<>();
        sources.forEach(s -> items.addAll(s.waitingItems()));
        return Templates.index(items);
    }
}
