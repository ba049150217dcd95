package org.mufakat.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Accounts, constituencies and member organisations in the audit trail: their names and pages. */
@ApplicationScoped
public class NetworkAuditObjects implements AuditObjects {

    @Override
    public Map<String, Named> named(String type, Collection<String> ids) {
        List<Long> numbers = AuditObjects.numbers(ids);
        Map<String, Named> named = new HashMap<>();
        if (numbers.isEmpty()) {
            return named;
        }
        switch (type) {
            case "Account" -> Account.<Account>list("id in ?1", numbers)
                    .forEach(a -> named.put(a.id.toString(), new Named(a.displayName, "/accounts/" + a.id)));
            case "Constituency" -> Constituency.<Constituency>list("id in ?1", numbers)
                    .forEach(c -> named.put(c.id.toString(), new Named(c.name, "/constituencies/" + c.id)));
            case "MemberOrganisation" -> MemberOrganisation.<MemberOrganisation>list("id in ?1", numbers)
                    .forEach(o -> named.put(o.id.toString(), new Named(o.name, "/organisations/" + o.id)));
            default -> {
                // not a type of this feature
            }
        }
        return named;
    }
}
