package org.mufakat.forum;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Forums and their sessions in the audit trail: their names and the forum's page. */
@ApplicationScoped
public class ForumAuditObjects implements AuditObjects {

    @Override
    public Map<String, Function<List<Long>, Map<Long, Named>>> types() {
        return Map.of(
                "Forum", ids -> AuditObjects.byId(Forum.<Forum>list("id in ?1", ids), f -> f.id,
                        f -> new Named(f.name, "/forums/" + f.id)),
                "ForumSession", ids -> AuditObjects.byId(ForumSession.<ForumSession>list("id in ?1", ids), s -> s.id,
                        s -> new Named(s.title, "/forums/" + s.forum.id)));
    }
}
