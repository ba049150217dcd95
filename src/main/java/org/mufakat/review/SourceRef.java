package org.mufakat.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.Statement;
import org.mufakat.round.Round;
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

    /**
     * The sources of the round's recommendations, by recommendation id, in the order of their statements, read as
     * references in one query: no statement, input or text is loaded.
     */
    static Map<Long, List<SourceRef>> ofRound(Round round) {
        Map<Long, List<SourceRef>> sources = new HashMap<>();
        Recommendation.getEntityManager().createQuery("select r.id, s.id, c.id, c.code, t.code, s.restricted,"
                + " s.position from Recommendation r join r.sources s join s.input i join i.constituency c"
                + " join s.theme t where r.round = :round order by s.id", Object[].class)
                .setParameter("round", round).getResultList()
                .forEach(row -> sources.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new SourceRef(
                        (Long) row[1], (Long) row[2], (String) row[3],
                        Statement.number((String) row[4], (Boolean) row[5], (Integer) row[6]), (Boolean) row[5])));
        sources.replaceAll((id, refs) -> List.copyOf(refs));
        return sources;
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
