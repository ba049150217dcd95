package org.mufakat.input;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a reader may see of an input leaves no trace of what they may not: restricted statements have their own
 * numbers, restricted files are neither listed nor downloadable, the API answers alike; and any change to a
 * statement or file makes a submit carrying the version read before it stale. Observers get no form they could not
 * send.
 */
@QuarkusTest
class InputAudienceTest {

    Constituency indonesia;
    Round round;
    WebSession focal;
    WebSession member;
    String memberName;
    WebSession observer;
    String page;

    @BeforeEach
    void setUp() {
        indonesia = TestData.constituency("Indonesia");
        round = RoundTestData.collecting(indonesia, TestData.constituency("Philippines"));
        focal = WebSession.signIn(TestData.account("aud").focalPointFor(indonesia).build().username,
                TestData.PASSWORD);
        MemberOrganisation org = TestData.organisation(indonesia, "Migrant CARE");
        memberName = TestData.account("audm").memberOf(org).build().username;
        member = WebSession.signIn(memberName, TestData.PASSWORD);
        observer = WebSession.signIn(TestData.account("audo").observer().build().username, TestData.PASSWORD);
        page = "/rounds/" + round.id + "/inputs/" + indonesia.code;
    }

    Response add(String text, Object... more) {
        Object[] fields = new Object[6 + more.length];
        System.arraycopy(new Object[] { "theme", "RF", "addressee", "ASEAN", "text", text }, 0, fields, 0, 6);
        System.arraycopy(more, 0, fields, 6, more.length);
        return focal.submit(page, page + "/statements", fields);
    }

    Response upload(String name, boolean restricted) {
        Matcher m = AttachmentTest.TOKEN.matcher(focal.get(page).asString());
        String token = m.find() ? m.group(1) : "";
        var request = focal.request().multiPart("csrf-token", token).multiPart("file", name, AttachmentTest.PDF,
                "application/pdf");
        if (restricted) {
            request = request.multiPart("restricted", "true");
        }
        return request.post(page + "/attachments");
    }

    List<String> numbers() {
        return QuarkusTransaction.requiringNew().call(() -> Statement.listForInput(
                NationalInput.find(Round.findById(round.id), Constituency.findById(indonesia.id))).stream()
                .map(Statement::number).toList());
    }

    @Test
    void restrictedStatementsAreNumberedApartSoNoReaderSeesAGap() {
        add("First open statement");
        add("Testimony of Siti", "restricted", "true");
        add("Second open statement");
        assertEquals(List.of("RF-1", "RF-2", "RF-R1"), numbers());
        member.get(page).then().statusCode(200).body(containsString("RF-1")).body(containsString("RF-2"))
                .body(not(containsString("RF-R1"))).body(not(containsString("Testimony of Siti")));
        focal.get(page).then().body(containsString("RF-R1")).body(containsString("Testimony of Siti"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'permission.denied'", memberName)), "hiding content is not a refusal");

        // Making an open statement restricted moves it to the restricted series; the open one closes up.
        long first = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement>find("text",
                "First open statement").firstResult().id);
        long version = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement>findById(first).version);
        assertEquals(303, focal.submit(page + "/statements/" + first + "/edit", page + "/statements/" + first,
                "theme", "RF", "addressee", "ASEAN", "text", "First open statement", "restricted", "true",
                "version", String.valueOf(version)).statusCode());
        assertEquals(List.of("RF-1", "RF-R1", "RF-R2"), numbers());
    }

    @Test
    void restrictedFilesAreNeitherListedNorDownloadableForOtherReaders() {
        assertEquals(303, upload("report.pdf", false).statusCode());
        assertEquals(303, upload("testimony-photo.pdf", true).statusCode());
        long hidden = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>find("fileName",
                "testimony-photo.pdf").firstResult().id);
        for (WebSession reader : List.of(member, observer)) {
            reader.get(page).then().statusCode(200).body(containsString("report.pdf"))
                    .body(not(containsString("testimony-photo")));
            reader.get(page + "/attachments/" + hidden).then().statusCode(404);
        }
        focal.get(page).then().body(containsString("testimony-photo.pdf"));
        focal.get(page + "/attachments/" + hidden).then().statusCode(200);
    }

    @Test
    void aChangeToAStatementMakesAnEarlierVersionOfTheInputStale() {
        add("Before the editor looked");
        long seen = QuarkusTransaction.requiringNew().call(() -> NationalInput.find(Round.findById(round.id),
                Constituency.findById(indonesia.id)).version);
        add("Added after the editor looked");
        Response stale = focal.submit(page + "/submit", page + "/submit", "version", String.valueOf(seen));
        assertEquals(409, stale.statusCode());
        long now = QuarkusTransaction.requiringNew().call(() -> NationalInput.find(Round.findById(round.id),
                Constituency.findById(indonesia.id)).version);
        assertEquals(303, focal.submit(page + "/submit", page + "/submit", "version", String.valueOf(now))
                .statusCode());
    }

    @Test
    void observersAndMembersGetNoConfirmationPageForWhatTheyMayNotDo() {
        add("An open statement");
        for (WebSession reader : List.of(member, observer)) {
            reader.get(page + "/submit").then().statusCode(403);
            reader.get(page + "/nil-return").then().statusCode(403);
            reader.get(page + "/return").then().statusCode(403);
        }
        focal.get(page + "/return").then().statusCode(403);
        focal.get(page + "/submit").then().statusCode(200);
    }
}
