package org.mufakat.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.mufakat.web.Calendar;
import org.mufakat.web.Links;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The secretariat browses the audit trail, newest first, filtered by actor, action, object type and days, in plain
 * words of the reader's language: people by name, actions and object types by their labels
 * ({@code mufakat.audit.action.*}, {@code mufakat.audit.type.*}), objects by name with a link to their page
 * ({@link AuditObjects}). The role is checked here, not through the security package, which itself writes to the
 * audit trail.
 */
@Path("/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    private static final int PAGE_SIZE = 50;
    static final String SECRETARIAT = "SECRETARIAT";
    static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;
    @Inject
    EntityManager em;
    @Inject
    Instance<AuditObjects> objects;

    /** An option of a filter's choice list. */
    public record Choice(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<AuditRow> paging, String actor, String action, String type,
                String from, String until, List<Choice> actions, List<Choice> types, String base);
    }

    @GET
    public TemplateInstance index(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("until") String until,
            @QueryParam("page") Integer page) {
        if (!identity.hasRole(SECRETARIAT)) {
            // A form session's principal also names its session generation ("username#3").
            audit.recordSeparately(identity.getPrincipal().getName().replaceFirst("#\\d+$", ""), "permission.denied",
                    "AuditEvent", null, "VIEW_AUDIT");
            throw new ForbiddenException();
        }
        AuditFilter filter = AuditFilter.parse(actor, action, type, from, until, Calendar.zone());
        Paging<AuditEvent> events = Paging.load(page, PAGE_SIZE, AuditEvent.count(filter),
                index -> AuditEvent.search(filter, index, PAGE_SIZE));
        Paging<AuditRow> rows = new Paging<>(rows(events.items()), events.page(), events.size(), events.total());
        return Templates.index(rows, actor, action, type, from, until,
                choices(AuditEvent.distinctActions(), "mufakat.audit.action."),
                choices(AuditEvent.distinctTypes(), "mufakat.audit.type."),
                Links.base("/audit", "actor", actor, "action", action, "type", type, "from", from, "until", until));
    }

    private List<Choice> choices(List<String> values, String prefix) {
        return values.stream().map(v -> new Choice(v, label(prefix, v)))
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
    }

    /** The label of an action or object type; one recorded before it had a label shows as recorded. */
    private String label(String prefix, String code) {
        return code == null ? "" : texts.getOrElse(prefix + code, code);
    }

    private List<AuditRow> rows(List<AuditEvent> events) {
        Map<String, String> names = displayNames(events.stream().map(e -> e.actor).toList());
        Map<String, Set<Long>> idsByType = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            if (e.objectType != null && e.objectId != null && e.objectId.matches("\\d{1,18}")) {
                idsByType.computeIfAbsent(e.objectType, t -> new LinkedHashSet<>()).add(Long.valueOf(e.objectId));
            }
        }
        Map<String, AuditObjects.Named> named = new HashMap<>();
        for (AuditObjects feature : objects) {
            feature.types().forEach((type, namer) -> {
                if (idsByType.containsKey(type)) {
                    namer.apply(List.copyOf(idsByType.get(type))).forEach((id, n) -> named.put(type + "#" + id, n));
                }
            });
        }
        List<AuditRow> rows = new ArrayList<>();
        for (AuditEvent e : events) {
            AuditObjects.Named object = named.get(e.objectType + "#" + e.objectId);
            String who = SYSTEM.equals(e.actor) ? texts.get("mufakat.audit.system")
                    : names.getOrDefault(e.actor, e.actor == null ? "—" : e.actor);
            String about = object != null ? object.name() : e.objectId == null ? "" : "#" + e.objectId;
            rows.add(new AuditRow(e.occurredAt, who, e.actor, label("mufakat.audit.action.", e.action),
                    label("mufakat.audit.type.", e.objectType), about, object == null ? null : object.link(),
                    e.details));
        }
        return rows;
    }

    /**
     * People's names by username, read with plain SQL because audit is a sink that imports no feature, accounts
     * included.
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> displayNames(Collection<String> usernames) {
        Set<String> wanted = new LinkedHashSet<>(usernames);
        wanted.remove(null);
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            List<Object[]> found = em.createNativeQuery("select username, display_name from account where username"
                    + " in (:names)").setParameter("names", wanted).getResultList();
            found.forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
