package org.mufakat.security;

/** An object that belongs to a constituency and, for some, to a member organisation within it. */
public interface Scoped {

    /** The constituency the object belongs to; null for network-wide objects. */
    Long scopeConstituencyId();

    /** The organisation the object belongs to, if any. */
    default Long scopeOrganisationId() {
        return null;
    }

    /**
     * For an object shared by several constituencies (a round and what belongs to it): the constituencies taking
     * part, so that checks can tell who has a role in it. Empty for everything else.
     */
    default java.util.Set<Long> scopeParticipants() {
        return java.util.Set.of();
    }

    /** The account that wrote the object (a comment), for actions its author may take; null when none. */
    default Long scopeAuthorId() {
        return null;
    }

    /** What the audit trail calls the object, e.g. "MemberOrganisation". */
    default String auditType() {
        return getClass().getSimpleName();
    }

    /** The object's id in the audit trail. */
    String auditId();

    /** A target that belongs to the whole network rather than to one constituency. */
    Scoped NETWORK = new Scoped() {
        @Override
        public Long scopeConstituencyId() {
            return null;
        }

        @Override
        public String auditType() {
            return "Network";
        }

        @Override
        public String auditId() {
            return null;
        }
    };

    /** A constituency known only by its id, for checks before anything is loaded or created. */
    static Scoped constituency(Long constituencyId) {
        return new Scoped() {
            @Override
            public Long scopeConstituencyId() {
                return constituencyId;
            }

            @Override
            public String auditType() {
                return "Constituency";
            }

            @Override
            public String auditId() {
                return constituencyId == null ? null : constituencyId.toString();
            }
        };
    }
}
