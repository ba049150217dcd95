package org.mufakat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Constituency;
import org.mufakat.network.TestData;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Uploads built to exhaust the server (decompression bombs, a file of thousands of statements) are refused with a
 * message beside the file field, and nothing is stored or changed.
 */
@QuarkusTest
class DecompressionBombTest {

    Round round;
    Constituency own;
    WebSession focal;
    String page;

    @BeforeEach
    void setUp() {
        own = TestData.constituency("Indonesia");
        round = RoundTestData.collecting(own);
        focal = WebSession.signIn(TestData.account("bomb").focalPointFor(own).build().username, TestData.PASSWORD);
        page = "/rounds/" + round.id + "/inputs/" + own.code;
    }

    long statements() {
        return QuarkusTransaction.requiringNew().call(() -> Statement.count("input.round.id", round.id));
    }

    long attachments() {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count("input.round.id", round.id));
    }

    @Test
    void aDocxThatUnpacksToNinetyMegabytesIsRefusedAsAnOfflineCopy() {
        Response r = OfflineRoundTripTest.upload(focal, page, "input.docx", Bombs.docx(90),
                OfflineRoundTripTest.DOCX);
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("This DOCX file unpacks to far more than an offline copy holds"),
                r.asString());
        assertEquals(0L, statements());
    }

    @Test
    void aZipOfGigabytesOfZerosIsRefusedAsAnAttachment() {
        Matcher m = AttachmentTest.TOKEN.matcher(focal.get(page).asString());
        String token = m.find() ? m.group(1) : "";
        Response r = focal.request().multiPart("csrf-token", token)
                .multiPart("file", "report.docx", Bombs.zerosDocx(2), OfflineRoundTripTest.DOCX)
                .post(page + "/attachments");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("This file unpacks to far more than it weighs"), r.asString());
        assertEquals(0L, attachments());
    }

    @Test
    void oneUploadAddsAtMostFiveHundredStatements() {
        StringBuilder md = new StringBuilder("## RF: Recruitment fees and agencies\n\n");
        for (int i = 1; i <= OfflineImport.MAX_STATEMENTS + 1; i++) {
            md.append("To ASEAN: Statement number ").append(i).append(".\n\n");
        }
        Response r = OfflineRoundTripTest.upload(focal, page, "input.md",
                md.toString().getBytes(StandardCharsets.UTF_8), "text/markdown");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("This file holds more than 500 statements"), r.asString());
        assertEquals(0L, statements());
    }
}
