package org.mufakat.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mufakat.submission.SubmissionTestData.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.input.InputDemoData;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.round.Round;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The public page of a submission, against the demo's restricted testimony: a non-attributing round whose RF.1 is
 * sourced from it; published and withdrawn by the convenor through confirmation pages; read signed out.
 */
@QuarkusTest
class PublicSubmissionTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    static final String NOTE = "Handed to the ACMW Chair by Sinapan at the venue.";
    static final String LINK = "https://asean.org/acmw/letter-2027";

    Account convenor;
    Account focal;
    Account member;
    Constituency burmese;
    Constituency philippines;
    ForumSession afml;
    Round round;
    long id;
    Submission submission;
    String show;

    @BeforeEach
    void setUp() {
        convenor = TestData.account("pconv").convenor().build();
        burmese = TestData.constituency("Burmese migrants in Thailand");
        philippines = TestData.constituency("Philippines");
        focal = TestData.account("pfmm").focalPointFor(burmese).build();
        MemberOrganisation org = TestData.organisation(philippines, "Migrante");
        member = TestData.account("pmph").memberOf(org).build();
        afml = ForumTestData.session(ForumTestData.forum("ASEAN Forum on Migrant Labour", ForumSpace.SANCTIONED),
                "12th AFML", TODAY.plusDays(30));
        round = SubmissionTestData.finalRound(false, burmese, philippines);
        QuarkusTransaction.requiringNew().run(() -> {
            Statement s = Statement.find("input.round.id = ?1 and restricted = true", round.id).firstResult();
            s.text = InputDemoData.TESTIMONY;
            s.evidence = InputDemoData.TESTIMONY_EVIDENCE;
        });
        id = SubmissionTestData.send(convenor, round, afml);
        api(convenor).body(Map.of("kind", "ACKNOWLEDGED", "occurredOn", TODAY.toString(), "note", NOTE, "link", LINK))
                .post("/api/v1/submissions/" + id + "/events").then().statusCode(201);
        submission = SubmissionTestData.load(id);
        show = "/rounds/" + round.id + "/submissions/" + id;
    }

    String publicPath() {
        return "/public/submissions/" + submission.trackingNumber;
    }

    /** The page without its per-browser token and its own address (the language form's way back). */
    static String withoutToken(Response r) {
        return r.asString().replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "")
                .replaceAll("/public/submissions/[^\"]*", "");
    }

    @Test
    void signedOutReadersSeeThePublishedTextAndTimelineAndNothingRestrictedOrAttributed() {
        WebSession anonymous = WebSession.anonymous();
        Response before = anonymous.get(publicPath());
        assertEquals(404, before.statusCode(), "not published yet");
        Response unknown = anonymous.get("/public/submissions/MFK-1999-9999");
        assertEquals(404, unknown.statusCode());
        assertEquals(withoutToken(unknown), withoutToken(before), "an unpublished number is an unknown number");

        WebSession c = WebSession.signIn(convenor.username, TestData.PASSWORD);
        c.get(show).then().statusCode(200).body(containsString("Not published")).body(containsString(show + "/publish"));
        c.get(show + "/publish").then().statusCode(200).body(containsString("The public will not see"))
                .body(containsString("The notes written on tracking events"))
                .body(containsString("Evidence files attached to tracking events"))
                .body(containsString("No constituency")).body(containsString(publicPath()))
                .body(not(containsString(InputDemoData.TESTIMONY)));
        assertEquals(404, anonymous.get(publicPath()).statusCode(), "the confirmation page publishes nothing");
        assertEquals(303, c.submit(show + "/publish", show + "/publish").statusCode());
        assertEquals(303, c.submit(show + "/publish", show + "/publish").statusCode(), "a double click");
        assertEquals(1L, audits("submission.published"));

        Response page = anonymous.get(publicPath());
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.header("Cache-Control"));
        String html = page.asString();
        for (String shown : List.of(submission.trackingNumber, submission.sha256, ReviewTestData.RF,
                ReviewTestData.DW, "12th AFML", "<strong>our recommendations</strong>", "Acknowledged", LINK)) {
            assertTrue(html.contains(shown), "shows " + shown);
        }
        for (String hidden : List.of(InputDemoData.TESTIMONY, InputDemoData.TESTIMONY_EVIDENCE, "Testimony",
                burmese.name, burmese.code, philippines.name, philippines.code, "Proposed by", NOTE, "Sinapan",
                convenor.username, "ACMW Chair", "/logout", "/rounds")) {
            assertFalse(html.contains(hidden), "the public page shows " + hidden);
        }
        c.get(publicPath()).then().statusCode(200).body(not(containsString("/logout")))
                .body(not(containsString(convenor.username)));
        api(focal).get("/api/v1/submissions/" + id).then().body("published", equalTo(true))
                .body("publicUrl", equalTo(publicPath()));

        assertEquals(303, c.submit(show + "/withdraw", show + "/withdraw").statusCode());
        Response after = anonymous.get(publicPath());
        assertEquals(404, after.statusCode(), "withdrawn");
        assertEquals(withoutToken(unknown), withoutToken(after));
        api(convenor).get("/api/v1/submissions/" + id).then().body("published", equalTo(false))
                .body("publicUrl", nullValue());
        assertEquals(1L, audits("submission.withdrawn"));
    }

    @Test
    void anyoneChecksAPastedTextAgainstThePublishedChecksum() {
        api(convenor).post("/api/v1/submissions/" + id + "/publish").then().statusCode(200)
                .body("published", equalTo(true));
        WebSession anonymous = WebSession.anonymous();
        Response same = anonymous.submit(publicPath(), publicPath() + "/verify", "text",
                submission.text.replace("\n", "\r\n"));
        assertEquals(200, same.statusCode());
        assertTrue(same.asString().contains("It matches"), same.asString());
        Response changed = anonymous.submit(publicPath(), publicPath() + "/verify", "text",
                submission.text.replace("Abolish", "Abolisg"));
        assertTrue(changed.asString().contains("It does not match"));
        assertTrue(changed.asString().contains("Abolisg"));
        Response empty = anonymous.submit(publicPath(), publicPath() + "/verify", "text", "");
        assertEquals(400, empty.statusCode());
        assertEquals(400, anonymous.request().formParam("text", submission.text).post(publicPath() + "/verify")
                .statusCode(), "no CSRF token");

        api(convenor).post("/api/v1/submissions/" + id + "/withdraw").then().statusCode(200)
                .body("published", equalTo(false));
        assertEquals(404, anonymous.submit(publicPath(), publicPath() + "/verify", "text", submission.text)
                .statusCode());
    }

    @Test
    void onlyTheConvenorPublishesOrWithdraws() {
        for (Account who : List.of(focal, member)) {
            WebSession s = WebSession.signIn(who.username, TestData.PASSWORD);
            s.get(show).then().statusCode(200).body(not(containsString(show + "/publish")));
            assertEquals(403, s.get(show + "/publish").statusCode());
            assertEquals(403, s.get(show + "/withdraw").statusCode());
            assertEquals(403, s.submit(show, show + "/publish").statusCode());
            api(who).post("/api/v1/submissions/" + id + "/publish").then().statusCode(403);
        }
        assertEquals(404, WebSession.anonymous().get(publicPath()).statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = 'permission.denied' and actor = ?1", focal.username)) >= 3);
    }

    private long audits(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and objectId = ?2", action,
                String.valueOf(id)));
    }
}
