package org.mufakat.review;

import org.mufakat.input.Statement;
import org.mufakat.security.Confidential;

/**
 * A statement a recommendation came from, as a version keeps it: which one, whose, its number and whether it is
 * restricted. Never its text, so a version can be shown without leaking a testimony.
 */
public record SourceRef(long statementId, long constituencyId, String constituencyCode, String number,
        boolean restricted) implements Confidential {

    static SourceRef of(Statement s) {
        return new SourceRef(s.id, s.input.constituency.id, s.input.constituency.code, s.number(), s.restricted);
    }

    @Override
    public Long scopeConstituencyId() {
        return constituencyId;
    }

    /** "ID RF-1". */
    public String label() {
        return constituencyCode + " " + number;
    }
}
