package org.mufakat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Focal points writing their preamble are offered their country's ratifications and a sentence to copy. */
@QuarkusTest
class PreamblePanelTest {

    static final String SENTENCE = "Indonesia ratified the 1990 Convention on 31 May 2012; it has not ratified ILO"
            + " C97, C143 or C189.";

    @Test
    void theIndonesianFocalPointSeesIndonesiasRatificationOfTheConventionBesideThePreamble() {
        Constituency indonesia = TestData.constituency("Indonesia");
        Constituency philippines = TestData.constituency("Philippines");
        Round round = RoundTestData.collecting(indonesia, philippines);
        String page = "/rounds/" + round.id + "/inputs/" + indonesia.code;
        WebSession focal = WebSession.signIn(TestData.account("ppid").focalPointFor(indonesia).build().username,
                TestData.PASSWORD);

        String html = focal.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Ratifications of Indonesia"), html);
        assertTrue(html.contains(SENTENCE), html);
        assertTrue(html.indexOf(SENTENCE) < html.indexOf("name=\"preamble\""), "offered beside the preamble");

        String id = focal.request().header("Accept-Language", "id").get(page).then().statusCode(200).extract()
                .asString();
        assertTrue(id.contains("Indonesia telah meratifikasi Konvensi 1990 pada 31 Mei 2012; Indonesia belum"
                + " meratifikasi Konvensi ILO C97, C143 atau C189."), id);

        WebSession observer = WebSession.signIn(TestData.account("ppobs").observer().build().username,
                TestData.PASSWORD);
        Response other = observer.get(page);
        assertEquals(200, other.statusCode());
        assertFalse(other.asString().contains(SENTENCE), "offered to those who write the preamble");
    }
}
