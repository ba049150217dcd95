package org.mufakat.export;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Disposition;
import org.mufakat.harmonize.Fate;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.review.Comment;
import org.mufakat.review.Position;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Stance;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.Audience;
import org.mufakat.submission.Submission;
import org.mufakat.submission.Uptake;
import org.mufakat.submission.UptakeLevel;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/**
 * A round that has been everywhere, for the export tests: ReviewTestData's final round (the first constituency's
 * statement restricted) with its final version, three more statements of the second constituency whose texts a
 * spreadsheet would run as formulas, a fate for every statement, a comment with a reply, positions, and a
 * submission sent through the API with a tracking event and an uptake record.
 */
final class ExportTestData {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String PLUS = "+1 migrant worker in every delegation";
    static final String SUM = "@SUM(A1:A9)";
    /** The audience of a convenor: every restricted statement open, attribution, both registers. */
    static final Audience INSIDE = new Audience(true, Set.of(), true, Audience.Register.BOTH);

    final Account convenor = TestData.account("xconv").convenor().build();
    final Account secretariat = TestData.account("xsec").secretariat().build();
    final Constituency indonesia = TestData.constituency("Indonesia");
    final Constituency philippines = TestData.constituency("Philippines");
    final ForumSession afml = ForumTestData.session(ForumTestData.forum("ASEAN Forum on Migrant Labour "
            + TestData.next(), ForumSpace.SANCTIONED), "12th AFML", TODAY.minusDays(30));
    /** The evidence of the unrestricted statements: like all evidence, never shown outside the network. */
    static final String EVIDENCE = "Told by three returnees in Cebu";

    Round round;
    String restrictedText;

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    ExportTestData build() {
        round = ReviewTestData.round(RoundStatus.FINAL, null, indonesia, philippines);
        restrictedText = "Statement of " + indonesia.code;
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            r.forumSession = ForumSession.findById(afml.id);
            NationalInput ph = NationalInput.find(r, Constituency.findById(philippines.id));
            int n = 2;
            for (String text : new String[] { HYPERLINK, PLUS, SUM }) {
                Statement s = new Statement();
                s.input = ph;
                s.theme = r.themes.get(0);
                s.position = n++;
                s.addressee = "ASEAN";
                s.text = text;
                s.evidence = EVIDENCE;
                s.restricted = false;
                s.createdAt = Instant.now();
                s.createdBy = "test";
                s.persist();
            }
            Recommendation rf = Recommendation.find("round = ?1 and text = ?2", r, ReviewTestData.RF).firstResult();
            for (NationalInput in : NationalInput.listForRound(r)) {
                for (Statement s : Statement.listForInput(in)) {
                    Disposition d = new Disposition();
                    d.statement = s;
                    d.fate = s.restricted ? Fate.INCORPORATED : Fate.NOT_INCLUDED;
                    d.recommendation = s.restricted ? rf : null;
                    d.rationale = s.restricted ? "Taken up in RF.1" : "-Out of scope this year";
                    d.decidedAt = Instant.now();
                    d.decidedBy = "test";
                    d.persist();
                }
            }
            Comment c = comment(r, rf, null, "Can we say “prohibit” instead?");
            comment(r, rf, c, "Agreed.");
            Position whole = Position.restored(r, null, Constituency.findById(philippines.id), null);
            whole.stance = Stance.ENDORSE;
            whole.takenBy = "fp-ph";
            whole.takenAt = Instant.now();
            whole.persist();
            Position one = Position.restored(r, rf, Constituency.findById(indonesia.id), null);
            one.stance = Stance.RESERVATION;
            one.note = "Fees charged by sub-agents too.";
            one.takenBy = "fp-id";
            one.takenAt = Instant.now();
            one.persist();
            Arc.container().instance(Versions.class).get().take(r, "Final", true, "test");
        });
        long submission = api(convenor).body(Map.of("forumSessionId", afml.id, "register", "CALIBRATED",
                "coverLetter", "Dear Chair,", "recipients", "AFML Chair")).post("/api/v1/rounds/" + round.id
                        + "/submissions").then().statusCode(201).extract().jsonPath().getLong("id");
        api(convenor).body(Map.of("kind", "ACKNOWLEDGED", "occurredOn", TODAY.toString(), "note",
                "Thanked us in the plenary")).post("/api/v1/submissions/" + submission + "/events").then()
                .statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            Uptake u = new Uptake();
            u.submission = Submission.findById(submission);
            u.recommendation = Recommendation.find("round.id = ?1 and text = ?2", round.id, ReviewTestData.RF)
                    .firstResult();
            u.level = UptakeLevel.PARTIAL;
            u.officialText = "Reduce placement fees.";
            u.reference = "12th AFML, recommendation 4";
            u.recordedAt = Instant.now();
            u.recordedBy = "test";
            u.persist();
        });
        return this;
    }

    private Comment comment(Round r, Recommendation rec, Comment parent, String body) {
        Comment c = new Comment();
        c.round = r;
        c.recommendation = rec;
        c.parent = parent;
        c.body = body;
        c.authorId = convenor.id;
        c.authorName = "Ana Santos";
        c.createdAt = Instant.now();
        c.persist();
        return c;
    }

    /** What a writer puts out, called as a request would call it (a request context, nobody signed in). */
    static byte[] written(Consumer<ByteArrayOutputStream> writer) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(out);
            return out.toByteArray();
        } finally {
            context.terminate();
        }
    }

    static byte[] archive(RoundArchive archive, long roundId, Audience audience) {
        return written(out -> archive.write(roundId, audience, out));
    }

    static byte[] csv(RoundCsv csv, long roundId, Audience audience) {
        return written(out -> csv.write(roundId, audience, out));
    }
}
