package org.mufakat.security;

/** The roles a person can be granted. Focal points act for a constituency, members for an organisation. */
public enum Role {
    SECRETARIAT(Scope.NETWORK),
    CONVENOR(Scope.NETWORK),
    FOCAL_POINT(Scope.CONSTITUENCY),
    MEMBER(Scope.ORGANISATION),
    OBSERVER(Scope.NETWORK);

    public enum Scope { NETWORK, CONSTITUENCY, ORGANISATION }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public boolean needsConstituency() {
        return scope == Scope.CONSTITUENCY;
    }

    public boolean needsOrganisation() {
        return scope == Scope.ORGANISATION;
    }

    /** Key of the role's name in the message bundle. */
    public String messageKey() {
        return "role_" + name();
    }
}
