package org.mufakat.input;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** National inputs and statements in the audit trail: "Indonesia · AFML 2026" and the input's page. */
@ApplicationScoped
public class InputAuditObjects implements AuditObjects {

    @Override
    public Map<String, Named> named(String type, Collection<String> ids) {
        List<Long> numbers = AuditObjects.numbers(ids);
        Map<String, Named> named = new HashMap<>();
        if (numbers.isEmpty()) {
            return named;
        }
        switch (type) {
            case "NationalInput" -> NationalInput.<NationalInput>list("id in ?1", numbers)
                    .forEach(i -> named.put(i.id.toString(), new Named(name(i), page(i))));
            case "Statement" -> Statement.<Statement>list("id in ?1", numbers)
                    .forEach(s -> named.put(s.id.toString(), new Named(s.number() + " · " + name(s.input),
                            page(s.input) + "#s" + s.id)));
            default -> {
                // not a type of this feature
            }
        }
        return named;
    }

    private static String name(NationalInput i) {
        return i.constituency.name + " · " + i.round.title;
    }

    private static String page(NationalInput i) {
        return "/rounds/" + i.round.id + "/inputs/" + i.constituency.code;
    }
}
