package org.mufakat.network;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Accounts, constituencies and member organisations in the audit trail: their names and pages. */
@ApplicationScoped
public class NetworkAuditObjects implements AuditObjects {

    @Override
    public Map<String, Function<List<Long>, Map<Long, Named>>> types() {
        return Map.of(
                "Account", ids -> AuditObjects.byId(Account.<Account>list("id in ?1", ids), a -> a.id,
                        a -> new Named(a.displayName, "/accounts/" + a.id)),
                "Constituency", ids -> AuditObjects.byId(Constituency.<Constituency>list("id in ?1", ids), c -> c.id,
                        c -> new Named(c.name, "/constituencies/" + c.id)),
                "MemberOrganisation", ids -> AuditObjects.byId(MemberOrganisation.<MemberOrganisation>list("id in ?1",
                        ids), o -> o.id, o -> new Named(o.name, "/organisations/" + o.id)));
    }
}
