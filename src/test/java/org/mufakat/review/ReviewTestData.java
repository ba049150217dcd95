package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Constituency;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;
import org.mufakat.round.RoundTheme;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A harmonized round for review tests: member review and calibration chosen, each constituency's submitted input
 * with one statement (the first constituency's restricted), and three recommendations RF.1, DW.1 and AJ.1 fed by
 * them. Committed in its own transactions.
 */
public final class ReviewTestData {

    public static final String RF = "Abolish recruitment fees charged to migrant workers.";
    public static final String DW = "Guarantee a weekly rest day for domestic workers.";
    public static final String AJ = "Provide legal aid to migrant workers at every embassy.";

    private ReviewTestData() {
    }

    /** The round in the given stage; its endorsement deadline (may be null) as given. */
    public static Round round(RoundStatus status, LocalDate endorsementDeadline, Constituency... constituencies) {
        Round round = RoundTestData.build(RoundStatus.HARMONIZING, constituencies);
        RoundTestData.setReviewStages(round, RoundStatus.MEMBER_REVIEW, RoundStatus.CALIBRATION);
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            r.endorsementDeadline = endorsementDeadline;
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < constituencies.length; i++) {
                NationalInput in = new NationalInput();
                in.round = r;
                in.constituency = Constituency.findById(constituencies[i].id);
                in.state = InputState.SUBMITTED;
                in.createdAt = Instant.now();
                in.persist();
                Statement s = new Statement();
                s.input = in;
                s.theme = r.themes.get(i % r.themes.size());
                s.position = 1;
                s.addressee = "ASEAN";
                s.text = "Statement of " + in.constituency.code;
                s.restricted = i == 0;
                s.createdAt = Instant.now();
                s.createdBy = "test";
                s.persist();
                statements.add(s);
            }
            recommendation(r, r.themes.get(0), RF, null, statements);
            recommendation(r, r.themes.get(1), DW, "Domestic workers must get a day off every week, full stop.",
                    statements.size() > 1 ? statements.subList(1, 2) : List.of());
            recommendation(r, r.themes.get(2), AJ, null, List.of());
        });
        RoundTestData.setStatus(round, status);
        return round;
    }

    static Recommendation recommendation(Round r, RoundTheme theme, String text, String unvarnished,
            List<Statement> sources) {
        Recommendation rec = new Recommendation();
        rec.round = r;
        rec.theme = theme;
        rec.position = (int) Recommendation.count("theme", theme) + 1;
        rec.addressee = "ASEAN Member States";
        rec.text = text;
        rec.unvarnishedText = unvarnished;
        rec.sources.addAll(sources);
        rec.createdAt = Instant.now();
        rec.createdBy = "test";
        rec.updatedAt = rec.createdAt;
        rec.updatedBy = "test";
        rec.persist();
        return rec;
    }

    static List<Recommendation> recommendations(Round round) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Recommendation> list = Recommendation.listForRound(Round.findById(round.id));
            list.forEach(r -> r.number());
            return list;
        });
    }

    public static Recommendation byText(Round round, String text) {
        return recommendations(round).stream().filter(r -> r.text.equals(text)).findFirst().orElseThrow();
    }

    static void setDeadline(Round round, LocalDate deadline) {
        QuarkusTransaction.requiringNew().run(() -> ((Round) Round.findById(round.id)).endorsementDeadline = deadline);
    }
}
