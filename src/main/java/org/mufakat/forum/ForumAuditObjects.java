package org.mufakat.forum;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Forums and their sessions in the audit trail: their names and the forum's page. */
@ApplicationScoped
public class ForumAuditObjects implements AuditObjects {

    @Override
    public Map<String, Named> named(String type, Collection<String> ids) {
        List<Long> numbers = AuditObjects.numbers(ids);
        Map<String, Named> named = new HashMap<>();
        if (numbers.isEmpty()) {
            return named;
        }
        switch (type) {
            case "Forum" -> Forum.<Forum>list("id in ?1", numbers)
                    .forEach(f -> named.put(f.id.toString(), new Named(f.name, "/forums/" + f.id)));
            case "ForumSession" -> ForumSession.<ForumSession>list("id in ?1", numbers)
                    .forEach(s -> named.put(s.id.toString(), new Named(s.title, "/forums/" + s.forum.id)));
            default -> {
                // not a type of this feature
            }
        }
        return named;
    }
}
