package org.mufakat.input;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** National inputs and statements in the audit trail: "Indonesia · AFML 2026" and the input's page. */
@ApplicationScoped
public class InputAuditObjects implements AuditObjects {

    @Override
    public Map<String, Function<List<Long>, Map<Long, Named>>> types() {
        return Map.of(
                "NationalInput", ids -> AuditObjects.byId(NationalInput.<NationalInput>list("id in ?1", ids),
                        i -> i.id, i -> new Named(name(i), page(i))),
                "Statement", ids -> AuditObjects.byId(Statement.<Statement>list("id in ?1", ids), s -> s.id,
                        s -> new Named(s.number() + " · " + name(s.input), page(s.input) + "#s" + s.id)));
    }

    private static String name(NationalInput i) {
        return i.constituency.name + " · " + i.round.title;
    }

    private static String page(NationalInput i) {
        return "/rounds/" + i.round.id + "/inputs/" + i.constituency.code;
    }
}
