package org.mufakat.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class OrganisationPageTest {

    @Test
    void aFocalPointAddsAnOrganisationToTheirOwnConstituency() {
        Constituency own = TestData.constituency("Indonesia");
        Account fp = TestData.account("fpid").focalPointFor(own).build();
        WebSession s = WebSession.signIn(fp.username, TestData.PASSWORD);
        String waiting = own.name + " has no member organisations in Mufakat yet.";
        s.get("/").then().statusCode(200).body(containsString(waiting))
                .body(containsString("/organisations/new?constituency=" + own.id));
        s.get("/organisations/new").then().statusCode(200).body(containsString("value=\"" + own.id + "\" selected"));
        Response r = s.submit("/organisations/new", "/organisations", "constituencyId", own.id.toString(), "name",
                "Migrant CARE", "acronym", "MC", "contactEmail", "info@example.org", "website", "https://example.org");
        assertEquals(303, r.statusCode());
        s.get(r.header("Location").replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("Migrant CARE added.")).body(containsString("info@example.org"));
        s.get("/").then().statusCode(200).body(not(containsString(waiting)));
    }

    @Test
    void aFocalPointCannotTouchAnotherConstituencysOrganisationsByIdOrByForm() {
        Constituency own = TestData.constituency("Philippines");
        Constituency other = TestData.constituency("Viet Nam");
        MemberOrganisation theirs = TestData.organisation(other, "Their org");
        Account fp = TestData.account("fpph").focalPointFor(own).build();
        WebSession s = WebSession.signIn(fp.username, TestData.PASSWORD);

        s.get("/organisations/" + theirs.id).then().statusCode(403);
        s.get("/organisations/" + theirs.id + "/edit").then().statusCode(403);
        Response edit = s.submit("/organisations/new", "/organisations/" + theirs.id, "constituencyId",
                other.id.toString(), "name", "Hijacked", "version", "0");
        assertEquals(403, edit.statusCode());
        Response create = s.submit("/organisations/new", "/organisations", "constituencyId", other.id.toString(),
                "name", "Planted");
        assertEquals(403, create.statusCode());
        Response move = s.submit("/organisations/new", "/organisations", "constituencyId", own.id.toString(),
                "name", "Moved");
        assertEquals(303, move.statusCode());
        Response delete = s.submit("/organisations/new", "/organisations/" + theirs.id + "/delete");
        assertEquals(403, delete.statusCode());

        assertEquals("Their org", theirs.name.substring(0, 9));
        assertEquals(theirs.name, QuarkusTransaction.requiringNew()
                .call(() -> ((MemberOrganisation) MemberOrganisation.findById(theirs.id)).name));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                .call(() -> MemberOrganisation.count("name = 'Planted'")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = 'permission.denied'", fp.username) >= 4), "denials are audited");
    }

    @Test
    void theListShowsOnlyWhatTheUserMaySee() {
        Constituency own = TestData.constituency("Cambodia");
        Constituency other = TestData.constituency("Lao PDR");
        MemberOrganisation mine = TestData.organisation(own, "Visible org");
        MemberOrganisation hidden = TestData.organisation(other, "Hidden org");
        WebSession member = WebSession.signIn(TestData.account("mem").memberOf(mine).build().username,
                TestData.PASSWORD);
        member.get("/organisations?q=org").then().statusCode(200).body(containsString(mine.name))
                .body(not(containsString(hidden.name))).body(not(containsString("Add an organisation")));
        member.get("/organisations/" + mine.id).then().statusCode(200).body(not(containsString(">Edit<")));

        WebSession convenor = WebSession.signIn(TestData.account("conv").convenor().build().username,
                TestData.PASSWORD);
        convenor.get("/organisations?q=org").then().body(containsString(mine.name))
                .body(containsString(hidden.name));
    }

    @Test
    void invalidContactsAreExplainedAndKept() {
        Constituency own = TestData.constituency("Malaysia");
        WebSession s = WebSession.signIn(TestData.account("fpmy").focalPointFor(own).build().username,
                TestData.PASSWORD);
        Response r = s.submit("/organisations/new", "/organisations", "constituencyId", own.id.toString(), "name", "",
                "contactEmail", "not-an-email", "website", "javascript:alert(1)");
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("Enter a value here."));
        assertTrue(html.contains("Enter an e-mail address"));
        assertTrue(html.contains("Enter a web address starting with http"));
        assertTrue(html.contains("value=\"not-an-email\""));
    }
}
