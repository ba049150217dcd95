package org.mufakat.review;

import java.util.List;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.round.Round;

/**
 * For whom this person may take positions in the round (their constituencies as focal point, their organisations as
 * member) and on what, with the positions those parties hold now.
 */
public record PositionChoices(Round round, List<Party> parties, List<Recommendation> recommendations,
        List<Position> current) {

    /** A constituency ("C:ID") or a member organisation ("O:12") the person acts for. */
    public record Party(String value, String label, Constituency constituency, MemberOrganisation organisation) {

        static Party of(Constituency c) {
            return new Party("C:" + c.code, c.name, c, null);
        }

        static Party of(MemberOrganisation o) {
            return new Party("O:" + o.id, o.name + " (" + o.constituency.code + ")", o.constituency, o);
        }
    }

    public boolean isOpen() {
        return round.status() == org.mufakat.round.RoundStatus.ENDORSEMENT;
    }

    public boolean isBeforeEndorsement() {
        return round.status().compareTo(org.mufakat.round.RoundStatus.ENDORSEMENT) < 0;
    }

    public boolean isEmpty() {
        return parties.isEmpty();
    }
}
