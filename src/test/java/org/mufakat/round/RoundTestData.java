package org.mufakat.round;

import java.time.Instant;
import java.time.LocalDate;

import org.mufakat.network.Constituency;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Builds rounds for tests of later features, committed in their own transaction. */
public final class RoundTestData {

    private RoundTestData() {
    }

    /** A round collecting inputs, with themes RF, DW and AJ, addressees and the given constituencies. */
    public static Round collecting(Constituency... constituencies) {
        return build(RoundStatus.COLLECTING, constituencies);
    }

    public static Round inSetup(Constituency... constituencies) {
        return build(RoundStatus.SETUP, constituencies);
    }

    public static Round build(RoundStatus status, Constituency... constituencies) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Round r = new Round();
            r.title = "Test round " + System.nanoTime();
            r.status = status;
            r.inputDeadline = LocalDate.now().plusDays(30);
            r.createdAt = Instant.now();
            r.createdBy = "test";
            r.statusChangedAt = Instant.now();
            theme(r, 1, "RF", "Recruitment fees and agencies");
            theme(r, 2, "DW", "Domestic workers");
            theme(r, 3, "AJ", "Access to justice");
            addressee(r, 1, "Government of " + RoundAddressee.CONSTITUENCY_MARKER);
            addressee(r, 2, "ASEAN");
            addressee(r, 3, "ACMW");
            for (Constituency c : constituencies) {
                RoundParticipant p = new RoundParticipant();
                p.round = r;
                p.constituency = Constituency.findById(c.id);
                r.participants.add(p);
            }
            r.persist();
            return r;
        });
    }

    /** Moves a round straight to a status, for tests that need one stage or another. */
    public static void setStatus(Round round, RoundStatus status) {
        QuarkusTransaction.requiringNew().run(() -> ((Round) Round.findById(round.id)).status = status);
    }

    /** Chooses the round's review stages, as the set-up form would. */
    public static void setReviewStages(Round round, RoundStatus... stages) {
        QuarkusTransaction.requiringNew().run(() -> ((Round) Round.findById(round.id))
                .setReviewStages(java.util.Set.of(stages)));
    }

    private static void theme(Round r, int position, String code, String title) {
        RoundTheme t = new RoundTheme();
        t.round = r;
        t.position = position;
        t.code = code;
        t.title = title;
        r.themes.add(t);
    }

    private static void addressee(Round r, int position, String name) {
        RoundAddressee a = new RoundAddressee();
        a.round = r;
        a.position = position;
        a.name = name;
        r.addressees.add(a);
    }
}
