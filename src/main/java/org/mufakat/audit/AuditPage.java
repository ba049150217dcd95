package org.mufakat.audit;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.mufakat.web.Links;
import org.mufakat.web.Paging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The secretariat browses the audit trail, newest first, filtered by actor, action, object type and days. The role
 * is checked here, not through the security package, which itself writes to the audit trail.
 */
@Path("/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    private static final int PAGE_SIZE = 50;
    static final String SECRETARIAT = "SECRETARIAT";

    @Inject
    SecurityIdentity identity;
    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<AuditEvent> paging, String actor, String action, String type,
                String from, String until, List<String> actions, String base);
    }

    @GET
    public TemplateInstance index(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("until") String until,
            @QueryParam("page") Integer page) {
        if (!identity.hasRole(SECRETARIAT)) {
            // A form session's principal also names its session generation ("username#3").
            audit.recordSeparately(identity.getPrincipal().getName().replaceFirst("#\\d+$", ""), "permission.denied", "AuditEvent", null,
                    "VIEW_AUDIT");
            throw new ForbiddenException();
        }
        AuditFilter filter = AuditFilter.parse(actor, action, type, from, until);
        Paging<AuditEvent> paging = Paging.load(page, PAGE_SIZE, AuditEvent.count(filter),
                index -> AuditEvent.search(filter, index, PAGE_SIZE));
        return Templates.index(paging, actor, action, type, from, until, AuditEvent.distinctActions(),
                Links.base("/audit", "actor", actor, "action", action, "type", type, "from", from, "until", until));
    }
}
