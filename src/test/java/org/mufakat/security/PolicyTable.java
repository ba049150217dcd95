package org.mufakat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy's rules as a table: for each action and target, the people of a fixed cast who may do it; everyone else
 * in the cast may not. Indonesia (constituency 1) takes part in the round; the Philippines (2) do not.
 */
public final class PolicyTable {

    public static final long INDONESIA = 1L;
    public static final long PHILIPPINES = 2L;
    public static final long MIGRANT_CARE = 9L;

    /** The people every table judges, by the names rows use. */
    public static final Map<String, Actor> CAST = new LinkedHashMap<>();

    static {
        CAST.put("secretariat", Actor.of(1L, Grant.network(Role.SECRETARIAT)));
        CAST.put("convenor", Actor.of(2L, Grant.network(Role.CONVENOR)));
        CAST.put("observer", Actor.of(3L, Grant.network(Role.OBSERVER)));
        CAST.put("focal.id", Actor.of(4L, new Grant(Role.FOCAL_POINT, INDONESIA, "ID", null, null)));
        CAST.put("focal.ph", Actor.of(5L, new Grant(Role.FOCAL_POINT, PHILIPPINES, "PH", null, null)));
        CAST.put("member.id", Actor.of(6L, new Grant(Role.MEMBER, INDONESIA, "ID", MIGRANT_CARE, "Migrant CARE")));
        CAST.put("member.ph", Actor.of(7L, new Grant(Role.MEMBER, PHILIPPINES, "PH", 10L, "Other")));
    }

    /** An object of a constituency. */
    public static Scoped of(long constituency) {
        return Scoped.constituency(constituency);
    }

    /** A round in which Indonesia takes part, or something of it: a position for a party, a comment by someone. */
    public static Scoped round(Long constituency, Long organisation, String author) {
        return new Scoped() {
            @Override
            public Long scopeConstituencyId() {
                return constituency;
            }

            @Override
            public Long scopeOrganisationId() {
                return organisation;
            }

            @Override
            public Set<Long> scopeParticipants() {
                return Set.of(INDONESIA);
            }

            @Override
            public Long scopeAuthorId() {
                return author == null ? null : CAST.get(author).accountId();
            }

            @Override
            public String auditId() {
                return "1";
            }
        };
    }

    public static final Scoped ROUND = round(null, null, null);

    private final Policy policy;
    private final List<String> failures = new ArrayList<>();

    private PolicyTable(Policy policy) {
        this.policy = policy;
    }

    public static PolicyTable of(Policy policy) {
        return new PolicyTable(policy);
    }

    /** One row: exactly these people may do the action to the target. */
    public PolicyTable row(Action action, Scoped target, String... allowed) {
        Set<String> yes = Set.of(allowed);
        for (String name : yes) {
            if (!CAST.containsKey(name)) {
                throw new IllegalArgumentException("not in the cast: " + name);
            }
        }
        CAST.forEach((name, actor) -> {
            if (policy.allows(actor, action, target) != yes.contains(name)) {
                failures.add(action + " on " + target.scopeConstituencyId() + ": " + name + " should "
                        + (yes.contains(name) ? "" : "not ") + "be allowed");
            }
        });
        return this;
    }

    /** Every action of the policy has a row, and every row holds. */
    public void verify(Set<? extends Action> covered) {
        assertEquals(Set.of(policy.actions().getEnumConstants()), covered, "every action has a row");
        assertEquals(List.of(), failures);
    }
}
