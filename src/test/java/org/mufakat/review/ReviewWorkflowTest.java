package org.mufakat.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.notify.Notice;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Review and consensus against a real database, through the API and the workflow's beans. */
@QuarkusTest
class ReviewWorkflowTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    @Inject
    Versions versions;
    @Inject
    SilenceProcedure silence;

    Account convenor;
    Constituency indonesia;
    Constituency philippines;
    Constituency thailand;
    Account focalId;
    Account focalPh;
    Account focalTh;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("rconv").convenor().build();
        indonesia = TestData.constituency("Indonesia");
        philippines = TestData.constituency("Philippines");
        thailand = TestData.constituency("Thailand");
        focalId = TestData.account("rfid").focalPointFor(indonesia).build();
        focalPh = TestData.account("rfph").focalPointFor(philippines).build();
        focalTh = TestData.account("rfth").focalPointFor(thailand).build();
    }

    static RequestSpecification api(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD).contentType("application/json");
    }

    Round endorsement(LocalDate deadline) {
        return ReviewTestData.round(RoundStatus.ENDORSEMENT, deadline, indonesia, philippines, thailand);
    }

    @Test
    void aVersionCannotBeChangedOnceTaken() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, indonesia, philippines);
        int number = api(convenor).body(Map.of("label", "Before the Jakarta meeting"))
                .post("/api/v1/rounds/" + round.id + "/versions").then().statusCode(201)
                .body("label", equalTo("Before the Jakarta meeting")).body("recommendationCount", equalTo(3))
                .extract().jsonPath().getInt("number");
        api(convenor).body(Map.of("label", "Before the Jakarta meeting")).post("/api/v1/rounds/" + round.id
                + "/versions").then().statusCode(201).body("number", equalTo(number));

        QuarkusTransaction.requiringNew().run(() -> {
            ProposalVersion v = ProposalVersion.find(Round.findById(round.id), number);
            v.label = "Rewritten history";
            v.checksum = "0";
            VersionItem item = VersionItem.listForVersion(v).get(0);
            item.text = "Something nobody agreed to.";
        });
        QuarkusTransaction.requiringNew().run(() -> {
            ProposalVersion v = ProposalVersion.find(Round.findById(round.id), number);
            assertEquals("Before the Jakarta meeting", v.label);
            assertEquals(ReviewTestData.RF, VersionItem.listForVersion(v).get(0).text);
            assertTrue(versions.intact(v), "the stored text still gives the checksum taken with it");
        });
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> ProposalVersion
                .update("label = 'x' where round.id = ?1", round.id)));
        api(convenor).get("/api/v1/rounds/" + round.id + "/versions/" + number).then().statusCode(200)
                .body("intact", equalTo(true)).body("recommendations[0].text", equalTo(ReviewTestData.RF));
    }

    @Test
    void theDiffOfTwoKnownVersionsNamesEveryChange() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, indonesia, philippines);
        int from = QuarkusTransaction.requiringNew().call(() -> versions.take(Round.findById(round.id), "one",
                false, "test").number);
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            List<Recommendation> recs = Recommendation.listForRound(r);
            recs.get(0).text = "Abolish all recruitment fees charged to migrant workers and their families.";
            recs.get(1).position = 2;
            recs.get(2).delete();
            ReviewTestData.recommendation(r, r.themes.get(1), "Ratify ILO Convention 189.", null, List.of())
                    .position = 1;
        });
        int to = QuarkusTransaction.requiringNew().call(() -> versions.take(Round.findById(round.id), "two",
                false, "test").number);

        api(convenor).get("/api/v1/rounds/" + round.id + "/versions/diff?from=" + from + "&to=" + to).then()
                .statusCode(200).body("unchanged", equalTo(0)).body("changes", hasSize(4))
                .body("changes.find { it.numberBefore == 'RF.1' }.kinds", equalTo(List.of("CHANGED")))
                .body("changes.find { it.numberBefore == 'RF.1' }.textInlineHtml", containsString("<ins>all"))
                .body("changes.find { it.numberBefore == 'RF.1' }.textInlineHtml", containsString("families"))
                .body("changes.find { it.numberBefore == 'DW.1' }.kinds", equalTo(List.of("MOVED")))
                .body("changes.find { it.numberBefore == 'DW.1' }.numberAfter", equalTo("DW.2"))
                .body("changes.find { it.numberBefore == 'AJ.1' }.kinds", equalTo(List.of("REMOVED")))
                .body("changes.find { it.numberAfter == 'DW.1' }.kinds", equalTo(List.of("ADDED")))
                .body("changes.find { it.numberAfter == 'DW.1' }.textAfter", equalTo("Ratify ILO Convention 189."));
        api(convenor).get("/api/v1/rounds/" + round.id + "/versions/diff?from=" + to + "&to=" + from).then()
                .statusCode(200).body("changes.find { it.numberAfter == 'AJ.1' }.kinds", equalTo(List.of("ADDED")));
        api(convenor).get("/api/v1/rounds/" + round.id + "/versions/diff?from=x&to=1").then().statusCode(400);
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get("/rounds/" + round.id + "/review/versions/diff?from=" + from + "&to=" + to).then().statusCode(200)
                .body(containsString("1 added, 1 removed, 1 changed, 1 moved, 0 unchanged."))
                .body(containsString("Ratify ILO Convention 189.")).body(containsString("DW.1 → DW.2"))
                .body(containsString(">Removed<"));
        // The rendered changes are kept for the next reader: per language and view, never one for the other.
        c.request().header("Accept-Language", "id")
                .get("/rounds/" + round.id + "/review/versions/diff?from=" + from + "&to=" + to).then()
                .statusCode(200).body(containsString(">Dihapus<")).body(not(containsString(">Removed<")));
        c.get("/rounds/" + round.id + "/review/versions/diff?from=" + from + "&to=" + to + "&view=inline").then()
                .statusCode(200).body(containsString("class=\"diff-inline\""))
                .body(not(containsString("class=\"stack diff\"")));
        c.get("/rounds/" + round.id + "/review/versions/diff?from=" + from + "&to=" + to).then().statusCode(200)
                .body(containsString(">Removed<")).body(containsString("class=\"stack diff\""));
    }

    @Test
    void aSubstantiveEditResetsPositionsAndAnEditorialOneDoesNot() {
        Round round = endorsement(TODAY.plusDays(10));
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        api(focalPh).body(Map.of("position", "ENDORSE")).post("/api/v1/rounds/" + round.id + "/positions").then()
                .statusCode(200).body("party", equalTo(philippines.name)).body("recommendationId", nullValue());
        api(focalPh).body(Map.of("position", "RESERVATION", "recommendationId", rf.id, "note", "Add families."))
                .post("/api/v1/rounds/" + round.id + "/positions").then().statusCode(200)
                .body("recommendation", equalTo("RF.1"));

        String base = "/api/v1/rounds/" + round.id;
        long version = rf.version;
        asConvenorEdit(round, rf, ReviewTestData.RF.replace("migrant", "all migrant"), "EDITORIAL", version);
        assertEquals(1, positionsOn(rf), "an editorial edit leaves the positions standing");
        api(focalPh).get(base + "/consensus").then().body("recommendations.find { it.number == 'RF.1' }"
                + ".standings.find { it.party == '" + philippines.name + "' }.position", equalTo("RESERVATION"));

        Recommendation edited = ReviewTestData.byText(round, ReviewTestData.RF.replace("migrant", "all migrant"));
        asConvenorEdit(round, edited, "Abolish recruitment fees and the debts they cause.", "SUBSTANTIVE",
                edited.version);
        assertEquals(0, positionsOn(rf), "a substantive edit resets the positions on the recommendation");
        api(focalPh).get(base + "/consensus").then()
                .body("recommendations.find { it.number == 'RF.1' }.standings.find { it.party == '"
                        + philippines.name + "' }.position", equalTo("SILENT"))
                .body("recommendations.find { it.number == 'DW.1' }.standings.find { it.party == '"
                        + philippines.name + "' }.position", equalTo("ENDORSE"))
                .body("wholeProposal.find { it.party == '" + philippines.name + "' }.position", equalTo("ENDORSE"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Notice.count("accountId = ?1 and subject like ?2",
                focalPh.id, "RF.1 changed substantively%") == 1), "the focal point is told");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = 'review.edited'"
                + " and details like ?1", "%SUBSTANTIVE; positions reset: " + philippines.name + "%") == 1));
    }

    private void asConvenorEdit(Round round, Recommendation r, String text, String kind, long version) {
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/review/recommendations/" + r.id;
        assertEquals(303, c.submit(page + "/edit", page, "text", text, "kind", kind, "version",
                String.valueOf(version)).statusCode());
    }

    private static long positionsOn(Recommendation r) {
        return QuarkusTransaction.requiringNew().call(() -> Position.count("recommendation.id", r.id));
    }

    @Test
    void anObjectionBlocksFinalizingUntilTheConvenorOverridesItWithAReason() {
        Round round = endorsement(TODAY.plusDays(10));
        Recommendation aj = ReviewTestData.byText(round, ReviewTestData.AJ);
        String base = "/api/v1/rounds/" + round.id;
        api(focalId).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(200);
        api(focalPh).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(200);
        api(focalTh).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(200);
        api(focalTh).body(Map.of("position", "OBJECT", "recommendationId", aj.id)).post(base + "/positions").then()
                .statusCode(400).body("errors.note", containsString("reason"));
        api(focalTh).body(Map.of("position", "OBJECT", "recommendationId", aj.id, "note", "Not enforceable."))
                .post(base + "/positions").then().statusCode(200);

        api(convenor).body("{\"from\":\"ENDORSEMENT\"}").post(base + "/advance").then().statusCode(409)
                .body("reasons", hasItem(thailand.name + " objects to AJ.1."));
        api(convenor).body("{\"forceReason\":\"We go ahead regardless of it.\"}").post(base + "/advance").then()
                .statusCode(409);
        api(convenor).body("{}").post(base + "/finalize").then().statusCode(400)
                .body("errors.overrideReason", containsString("objection"));
        api(convenor).body(Map.of("overrideReason", "short")).post(base + "/finalize").then().statusCode(400);
        api(focalTh).body(Map.of("overrideReason", "I would like to finalize it now.")).post(base + "/finalize")
                .then().statusCode(403);

        String reason = "Agreed at the regional meeting: the objection of Thailand is noted in the cover letter.";
        api(convenor).body(Map.of("overrideReason", reason)).post(base + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINAL")).body("overrideReason", equalTo(reason))
                .body("overridden", equalTo(thailand.name + " objects to AJ.1.")).body("finalVersion", equalTo(1));
        api(convenor).body(Map.of("overrideReason", reason)).post(base + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINAL"));
        QuarkusTransaction.requiringNew().run(() -> {
            Finalization f = Finalization.forRound(Round.findById(round.id));
            assertEquals(reason, f.overrideReason);
            assertEquals(1, AuditEvent.count("action = 'review.finalized-with-override' and objectId = ?1",
                    round.id.toString()));
            assertEquals(RoundStatus.FINAL, ProposalVersion.latest(Round.findById(round.id)).stage);
        });
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get("/rounds/" + round.id + "/review").then().statusCode(200).body(containsString(reason))
                .body(containsString("Finalized over objections"));
        c.get("/rounds/" + round.id + "/review/document").then().statusCode(200).body(containsString(reason));

        api(focalTh).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(409)
                .body("errors.stance", containsString("final"));
        api(focalTh).body(Map.of("body", "Too late?")).post(base + "/recommendations/" + aj.id + "/comments").then()
                .statusCode(409);
        assertEquals(409, c.submit("/rounds/" + round.id + "/review/recommendations/" + aj.id,
                "/rounds/" + round.id + "/review/recommendations/" + aj.id, "text", "Changed after final.",
                "version", "0").statusCode(), "the final text is frozen");
    }

    @Test
    void finalizingWaitsForEveryConstituencyUntilTheDeadlinePasses() {
        Round round = endorsement(TODAY.plusDays(3));
        String base = "/api/v1/rounds/" + round.id;
        api(focalId).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(200);
        api(convenor).body("{}").post(base + "/finalize").then().statusCode(409)
                .body("reasons", hasItem(containsString(philippines.name + " has not taken a position")))
                .body("reasons", hasSize(2));
        ReviewTestData.setDeadline(round, TODAY.minusDays(1));
        api(convenor).body("{}").post(base + "/finalize").then().statusCode(200).body("status", equalTo("FINAL"))
                .body("overrideReason", nullValue());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, Position.count("round.id = ?1 and stance = ?2", round.id, Stance.CONSENT_BY_SILENCE),
                    "finalizing after the deadline records the silent constituencies' consent, before the job does");
            assertEquals(2, AuditEvent.count("action = 'review.consent-by-silence' and objectId = ?1",
                    round.id.toString()));
        });
        silence.run(TODAY);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(2,
                Position.count("round.id = ?1 and stance = ?2", round.id, Stance.CONSENT_BY_SILENCE)));
    }

    @Test
    void overridingManyObjectionsRecordsABoundedSummary() {
        Round round = endorsement(TODAY.plusDays(10));
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(round.id);
            for (int i = 0; i < 80; i++) {
                ReviewTestData.recommendation(r, r.themes.get(0), "Recommendation number " + i + ".", null, List.of());
            }
            for (Recommendation rec : Recommendation.listForRound(r)) {
                position(r, rec, thailand, Stance.OBJECT);
            }
            position(r, null, indonesia, Stance.ENDORSE);
            position(r, null, philippines, Stance.ENDORSE);
            position(r, null, thailand, Stance.ENDORSE);
        });
        String reason = "Agreed at the regional meeting: every objection is noted in the cover letter.";
        String overridden = api(convenor).body(Map.of("overrideReason", reason))
                .post("/api/v1/rounds/" + round.id + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINAL")).extract().path("overridden");
        assertTrue(overridden.length() <= ReviewWorkflow.MAX_OVERRIDDEN, overridden);
        assertTrue(overridden.startsWith(thailand.name + " objects to "), overridden);
        assertTrue(overridden.matches(".* And \\d+ more objections\\.$"), overridden);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, AuditEvent.count(
                "action = 'review.finalized-with-override' and objectId = ?1", round.id.toString())));
    }

    private static void position(Round round, Recommendation r, Constituency c, Stance stance) {
        Position p = new Position();
        p.round = round;
        p.recommendation = r;
        p.constituency = Constituency.findById(c.id);
        p.slot = Position.slot(r, p.constituency, null);
        p.stance = stance;
        p.note = stance == Stance.OBJECT ? "Not acceptable." : null;
        p.takenBy = "test";
        p.takenAt = java.time.Instant.now();
        p.persist();
    }

    @Test
    void someoneActingForSeveralPartiesMustChooseOne() {
        Round round = endorsement(TODAY.plusDays(10));
        Account both = TestData.account("rboth").focalPointFor(indonesia).focalPointFor(philippines).build();
        String base = "/api/v1/rounds/" + round.id;
        api(both).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(400)
                .body("errors.actingFor", containsString("act for"));
        org.mufakat.WebSession s = org.mufakat.WebSession.signIn(both.username, TestData.PASSWORD);
        s.submit("/rounds/" + round.id + "/review/positions", "/rounds/" + round.id + "/review/positions",
                "stance", "ENDORSE").then().statusCode(400).body(containsString("Choose who you act for"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Position.count("round.id", round.id));
            assertEquals(0, AuditEvent.count("actor = ?1 and action = 'permission.denied'", both.username));
        });
        api(both).body(Map.of("position", "ENDORSE", "constituencyCode", philippines.code))
                .post(base + "/positions").then().statusCode(200).body("constituencyCode", equalTo(philippines.code));
    }

    @Test
    void aPageNumberFarBeyondTheLastShowsTheLastPage() {
        Round round = endorsement(TODAY.plusDays(10));
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        String base = "/rounds/" + round.id + "/review";
        for (String page : new String[] { base, base + "/consensus", base + "/versions", "/notices" }) {
            c.get(page + "?page=2147483647").then().statusCode(200);
            c.get(page + "?page=-5").then().statusCode(200);
        }
        c.get(base + "?page=2147483647").then().body(containsString(ReviewTestData.AJ));
    }

    @Test
    void theSilenceProcedureRecordsConsentOnceHoweverOftenItRuns() throws Exception {
        Round round = endorsement(TODAY.minusDays(1));
        api(focalId).body(Map.of("position", "RESERVATION", "note", "Subject to our board."))
                .post("/api/v1/rounds/" + round.id + "/positions").then().statusCode(200);
        Round other = endorsement(TODAY.plusDays(5));
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        String panel = "/rounds/" + round.id + "/review/consensus";
        assertTrue(wholeProposalRow(c.get(panel).asString(), philippines.name).contains(">Silent<"));

        Thread a = new Thread(() -> silence.run(TODAY));
        Thread b = new Thread(() -> silence.run(TODAY));
        a.start();
        b.start();
        a.join();
        b.join();
        silence.run(TODAY);
        QuarkusTransaction.requiringNew().call(() -> silence.apply(TODAY));

        api(convenor).get("/api/v1/rounds/" + round.id + "/consensus").then().statusCode(200)
                .body("wholeProposal.find { it.party == '" + philippines.name + "' }.position",
                        equalTo("CONSENT_BY_SILENCE"))
                .body("wholeProposal.find { it.party == '" + thailand.name + "' }.position",
                        equalTo("CONSENT_BY_SILENCE"))
                .body("wholeProposal.find { it.party == '" + indonesia.name + "' }.position",
                        equalTo("RESERVATION"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, Position.count("round.id = ?1 and stance = ?2", round.id, Stance.CONSENT_BY_SILENCE));
            assertEquals(2, AuditEvent.count("action = 'review.consent-by-silence' and objectId = ?1",
                    round.id.toString()));
            assertEquals(0, Position.count("round.id", other.id), "a deadline still ahead records nothing");
            assertEquals(1, Notice.count("accountId = ?1 and subject like 'Consent by silence%'", focalTh.id));
        });
        api(focalPh).body(Map.of("position", "ENDORSE")).post("/api/v1/rounds/" + round.id + "/positions").then()
                .statusCode(200);
        api(convenor).get("/api/v1/rounds/" + round.id + "/consensus").then()
                .body("wholeProposal.find { it.party == '" + philippines.name + "' }.position", equalTo("ENDORSE"));
        // The panel's rendered page is kept between visits, and follows every change of the round.
        assertTrue(wholeProposalRow(c.get(panel).asString(), philippines.name).contains(">Endorse<"));
        assertTrue(wholeProposalRow(c.get(panel).asString(), thailand.name).contains(">Consent by silence<"));
    }

    /** The row of a party in the consensus panel's table of the whole proposal. */
    private static String wholeProposalRow(String html, String party) {
        int start = html.indexOf("<th scope=\"row\">" + party + "</th>");
        assertTrue(start >= 0, party + " has a row");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void theEndorsementDeadlineIsRemindedOnceToConstituenciesStillSilent() {
        Round round = endorsement(TODAY.plusDays(2));
        api(focalId).body(Map.of("position", "ENDORSE")).post("/api/v1/rounds/" + round.id + "/positions").then()
                .statusCode(200);
        silence.run(TODAY);
        silence.run(TODAY);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, EndorsementReminder.count("round.id", round.id));
            assertEquals(1, Notice.count("accountId = ?1 and subject like 'Endorsement of%closes soon'",
                    focalPh.id));
            assertEquals(0, Notice.count("accountId = ?1 and subject like 'Endorsement of%closes soon'",
                    focalId.id));
        });
    }

    @Test
    void peopleWithoutARoleInTheRoundCannotCommentOrTakePositions() {
        Round round = endorsement(TODAY.plusDays(10));
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        Constituency laos = TestData.constituency("Lao PDR");
        Account outsider = TestData.account("rout").focalPointFor(laos).build();
        Account observer = TestData.account("robs").observer().build();
        String base = "/api/v1/rounds/" + round.id;

        for (Account a : new Account[] { outsider, observer }) {
            api(a).body(Map.of("body", "Let me in")).post(base + "/recommendations/" + rf.id + "/comments").then()
                    .statusCode(403);
            api(a).body(Map.of("position", "ENDORSE")).post(base + "/positions").then().statusCode(403);
            api(a).body(Map.of("position", "ENDORSE", "constituencyCode", laos.code)).post(base + "/positions")
                    .then().statusCode(403);
        }
        api(observer).get(base + "/consensus").then().statusCode(200);
        api(outsider).get(base + "/consensus").then().statusCode(403);

        org.mufakat.WebSession s = org.mufakat.WebSession.signIn(outsider.username, TestData.PASSWORD);
        s.get("/rounds/" + round.id + "/review").then().statusCode(403);
        org.mufakat.WebSession o = org.mufakat.WebSession.signIn(observer.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/review/recommendations/" + rf.id;
        o.get(page).then().statusCode(200).body(not(containsString("Send the comment")));
        assertEquals(403, o.submit(page, page + "/comments", "body", "Observers only read").statusCode());
        assertEquals(403, o.submit(page, "/rounds/" + round.id + "/review/positions", "stance", "ENDORSE")
                .statusCode());

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Comment.count("round.id", round.id));
            assertEquals(0, Position.count("round.id", round.id));
            assertTrue(AuditEvent.count("actor = ?1 and action = 'permission.denied' and details = 'VIEW_REVIEW'",
                    outsider.username) >= 1);
            assertTrue(AuditEvent.count("actor = ?1 and action = 'permission.denied' and details = 'COMMENT'",
                    observer.username) >= 1);
            assertTrue(AuditEvent.count("actor = ?1 and action = 'permission.denied' and details = 'TAKE_POSITION'",
                    observer.username) >= 1);
        });
    }

    @Test
    void aFocalPointCannotTakeAPositionForAnotherConstituency() {
        Round round = endorsement(TODAY.plusDays(10));
        String base = "/api/v1/rounds/" + round.id;
        api(focalId).body(Map.of("position", "OBJECT", "note", "Not ours to say", "constituencyCode",
                philippines.code)).post(base + "/positions").then().statusCode(403);
        org.mufakat.WebSession s = org.mufakat.WebSession.signIn(focalId.username, TestData.PASSWORD);
        assertEquals(403, s.submit("/rounds/" + round.id + "/review/positions", "/rounds/" + round.id
                + "/review/positions", "actingFor", "C:" + philippines.code, "stance", "ENDORSE").statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Position.count("round.id", round.id));
            assertTrue(AuditEvent.count("actor = ?1 and action = 'permission.denied' and details = 'TAKE_POSITION'",
                    focalId.username) >= 2);
        });
        api(focalId).body(Map.of("position", "ENDORSE", "constituencyCode", indonesia.code)).post(base + "/positions")
                .then().statusCode(200).body("constituencyCode", equalTo(indonesia.code));
    }

    @Test
    void commentsThreadAndAreResolvedByTheirAuthorOrTheConvenor() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, indonesia, philippines);
        Recommendation dw = ReviewTestData.byText(round, ReviewTestData.DW);
        String base = "/api/v1/rounds/" + round.id + "/recommendations/" + dw.id + "/comments";
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        String proposal = "/rounds/" + round.id + "/review";
        c.get(proposal).then().statusCode(200).body(not(containsString("2 comments")));
        api(focalId).body(Map.of("body", "Say which day.", "quote", "no such words")).post(base).then()
                .statusCode(400).body("errors.quote", containsString("not in the text of DW.1"));
        long thread = api(focalId).body(Map.of("body", "Say which day.", "quote", "a weekly  rest day")).post(base)
                .then().statusCode(201).body("quote", equalTo("a weekly  rest day")).extract().jsonPath()
                .getLong("id");
        api(focalId).body(Map.of("body", "Say which day.", "quote", "a weekly  rest day")).post(base).then()
                .statusCode(201).body("id", equalTo((int) thread));
        api(focalPh).body(Map.of("body", "Sunday, for us.", "parentId", thread)).post(base).then().statusCode(201)
                .body("parentId", equalTo((int) thread));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Notice.count("accountId = ?1 and subject like"
                + " ?2", focalId.id, "%replied on DW.1")), "the thread's author hears of the reply");
        assertEquals(Map.of(dw.id, 1L), QuarkusTransaction.requiringNew().call(() -> Comment.unresolvedCounts(
                Round.findById(round.id))));
        c.get(proposal).then().statusCode(200).body(containsString("2 comments"))
                .body(containsString("1 unresolved"));

        org.mufakat.WebSession ph = org.mufakat.WebSession.signIn(focalPh.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/review/recommendations/" + dw.id;
        assertEquals(403, ph.submit(page, "/rounds/" + round.id + "/review/comments/" + thread + "/resolve")
                .statusCode(), "only the author or the convenor resolves");
        org.mufakat.WebSession id = org.mufakat.WebSession.signIn(focalId.username, TestData.PASSWORD);
        assertEquals(303, id.submit(page, "/rounds/" + round.id + "/review/comments/" + thread + "/resolve")
                .statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Comment.unresolvedCounts(Round.findById(round.id))
                .isEmpty()));
        c.get(proposal).then().statusCode(200).body(containsString("2 comments"))
                .body(not(containsString("1 unresolved")));
        assertEquals(303, c.submit(page, "/rounds/" + round.id + "/review/comments/" + thread + "/reopen")
                .statusCode());
        c.get(page).then().statusCode(200).body(containsString("Sunday, for us."))
                .body(containsString("Mark as resolved"));
    }

    @Test
    void calibrationChangesTheCalibratedTextAndKeepsTheUnvarnishedOne() {
        Round round = ReviewTestData.round(RoundStatus.CALIBRATION, null, indonesia, philippines);
        Recommendation rf = ReviewTestData.byText(round, ReviewTestData.RF);
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        String page = "/rounds/" + round.id + "/review/recommendations/" + rf.id;
        assertEquals(303, c.submit(page + "/edit", page, "text", "Take measures to end recruitment fees.",
                "unvarnishedText", "Ignored during calibration", "version", String.valueOf(rf.version)).statusCode());
        Recommendation after = ReviewTestData.byText(round, "Take measures to end recruitment fees.");
        assertEquals(ReviewTestData.RF, after.unvarnished(), "the unvarnished text stays as members wrote it");
        QuarkusTransaction.requiringNew().run(() -> {
            ProposalVersion v = versions.take(Round.findById(round.id), "calibrated", false, "test");
            VersionItem item = VersionItem.listForVersion(v).get(0);
            assertEquals("Take measures to end recruitment fees.", item.text);
            assertEquals(ReviewTestData.RF, item.unvarnishedText, "both registers are versioned");
        });
        var conflict = c.submit(page + "/edit", page, "text", "My stale change.", "version",
                String.valueOf(rf.version));
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.asString().contains("My stale change."), "the loser's text is kept");
        assertTrue(conflict.asString().contains("Take measures to end recruitment fees."));
    }

    @Test
    void restrictedSourcesStayHiddenInVersionsAndDiffsFromThoseWhoMayNotReadThem() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, indonesia, philippines);
        int number = QuarkusTransaction.requiringNew().call(() -> versions.take(Round.findById(round.id), "one",
                false, "test").number);
        api(convenor).get("/api/v1/rounds/" + round.id + "/versions/" + number).then()
                .body("recommendations[0].sources", hasItem(indonesia.code + " RF-R1"));
        api(focalPh).get("/api/v1/rounds/" + round.id + "/versions/" + number).then().statusCode(200)
                .body("recommendations[0].sources", not(hasItem(indonesia.code + " RF-R1")))
                .body("recommendations[0].sources", hasItem(philippines.code + " DW-1"));
        api(focalId).get("/api/v1/rounds/" + round.id + "/versions/" + number).then()
                .body("recommendations[0].sources", hasItem(indonesia.code + " RF-R1"));
        org.mufakat.WebSession ph = org.mufakat.WebSession.signIn(focalPh.username, TestData.PASSWORD);
        ph.get("/rounds/" + round.id + "/review/versions/" + number).then().statusCode(200)
                .body(not(containsString(indonesia.code + " RF-R1")));
        ph.get("/rounds/" + round.id + "/review").then().statusCode(200)
                .body(not(containsString(indonesia.code + " RF-R1")))
                .body(containsString(philippines.code + " DW-1"));
        org.mufakat.WebSession.signIn(focalId.username, TestData.PASSWORD).get("/rounds/" + round.id + "/review")
                .then().statusCode(200).body(containsString(indonesia.code + " RF-R1"));
        // The page's rendered recommendations are kept per audience (above) and per language.
        ph.request().header("Accept-Language", "id").get("/rounds/" + round.id + "/review").then().statusCode(200)
                .body(containsString("Belum ada komentar")).body(not(containsString("No comments")))
                .body(not(containsString(indonesia.code + " RF-R1")));
    }

    @Test
    void leavingAReviewStageWhileItsWindowIsOpenNeedsAReason() {
        Round round = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, null, indonesia);
        org.mufakat.WebSession c = org.mufakat.WebSession.signIn(convenor.username, TestData.PASSWORD);
        assertEquals(303, c.submit("/rounds/" + round.id + "/review", "/rounds/" + round.id + "/review/windows",
                "stage", "MEMBER_REVIEW", "closesOn", TODAY.plusDays(3).toString()).statusCode());
        String base = "/api/v1/rounds/" + round.id;
        api(convenor).body("{}").post(base + "/advance").then().statusCode(409)
                .body("reasons[0]", containsString("Member review is open until"));
        api(convenor).body("{\"forceReason\":\"Everyone has commented already.\"}").post(base + "/advance").then()
                .statusCode(200).body("status", equalTo("CALIBRATION"));
        api(convenor).get(base + "/versions").then().body("[0].stage", equalTo("CALIBRATION"))
                .body("[0].automatic", equalTo(true));
        api(convenor).body("{}").post(base + "/advance").then().statusCode(200)
                .body("status", equalTo("ENDORSEMENT"));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Notice.count("accountId = ?1 and subject like ?2",
                focalId.id, "%Calibration has begun") == 0), "the focal point is told the stage began");
    }
}
