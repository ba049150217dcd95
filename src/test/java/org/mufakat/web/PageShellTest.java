package org.mufakat.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.mufakat.WebSession;
import org.mufakat.network.Account;
import org.mufakat.network.TestData;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PageShellTest {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] { "/login", "/static/mufakat.css", "/api/v1/me", "/no-such-page" }) {
            Response r = given().redirects().follow(false).get(path);
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("object-src 'none'") && csp.contains("base-uri 'none'")
                    && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + ": " + csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", r.header("Referrer-Policy"), path);
        }
    }

    @Test
    void theFaviconIsThereForEveryone() {
        byte[] icon = given().get("/favicon.ico").then().statusCode(200).extract().asByteArray();
        assertEquals(0, icon[0]);
        assertEquals(1, icon[2], "an icon file (ICO) holding one image");
    }

    @Test
    void pagesHaveASkipLinkRoleAwareNavigationAndNoScript() {
        Account obs = TestData.account("shell").observer().build();
        String html = WebSession.signIn(obs.username, TestData.PASSWORD).get("/").asString();
        assertTrue(html.contains("href=\"#main\""));
        assertTrue(html.contains("href=\"/organisations\""));
        assertTrue(!html.contains("href=\"/accounts\"") && !html.contains("href=\"/audit\""),
                "an observer is not offered secretariat pages");
        assertTrue(!html.contains("<script"), "pages need no JavaScript");
        assertTrue(html.contains("Nothing is waiting on you right now."));

        Account sec = TestData.account("shellsec").secretariat().build();
        String admin = WebSession.signIn(sec.username, TestData.PASSWORD).get("/").asString();
        assertTrue(admin.contains("href=\"/accounts\"") && admin.contains("href=\"/audit\""));
    }

    @Test
    void theLanguageSwitcherTurnsThePagesAndMessagesIntoBahasaIndonesia() {
        Account a = TestData.account("bahasa").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        Response r = s.submit("/constituencies", "/language", "lang", "id", "back", "/constituencies");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/constituencies"));
        s.get("/constituencies").then().statusCode(200).body(containsString("<html lang=\"id\">"))
                .body(containsString("Konstituen")).body(containsString("Keluar"));
        Response invalid = s.submit("/password", "/password", "currentPassword", "", "newPassword", "",
                "confirmPassword", "");
        assertTrue(invalid.asString().contains("Isi kolom ini."), "validation messages follow the language");
        s.submit("/", "/language", "lang", "en", "back", "https://evil.example/");
        assertEquals("/", s.submit("/", "/language", "lang", "en", "back", "//evil.example").header("Location")
                .replaceFirst("^https?://[^/]+", ""));
        for (String odd : new String[] { "/a b", "/%zz", "/x?q=<1>" }) {
            Response back = s.submit("/", "/language", "lang", "en", "back", odd);
            assertEquals(303, back.statusCode(), odd);
            assertEquals("/", back.header("Location").replaceFirst("^https?://[^/]+", ""), odd);
        }
    }

    @Test
    void thaiAndVietnameseAreOfferedInTheirOwnNamesAndSpokenByPagesAndForms() {
        Account a = TestData.account("thaivi").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/").then().statusCode(200).body(containsString("ไทย")).body(containsString("Tiếng Việt"));
        String[][] languages = { { "th", "กลุ่มผู้แทน", "ออกจากระบบ", "โปรดกรอกข้อมูลในช่องนี้" },
                { "vi", "Đơn vị đại diện", "Đăng xuất", "Hãy nhập giá trị vào đây." } };
        for (String[] l : languages) {
            assertEquals(303, s.submit("/", "/language", "lang", l[0], "back", "/constituencies").statusCode());
            s.get("/constituencies").then().statusCode(200).body(containsString("<html lang=\"" + l[0] + "\">"))
                    .body(containsString(l[1])).body(containsString(l[2]));
            Response invalid = s.submit("/password", "/password", "currentPassword", "", "newPassword", "",
                    "confirmPassword", "");
            assertTrue(invalid.asString().contains(l[3]), "Bean Validation speaks " + l[0]);
        }
        given().header("Accept-Language", "th").get("/login").then().statusCode(200)
                .body(containsString("เข้าสู่ระบบ")).body(containsString("ชื่อผู้ใช้"));
        given().header("Accept-Language", "vi-VN,vi;q=0.9").get("/login").then().statusCode(200)
                .body(containsString("Đăng nhập")).body(containsString("Tên đăng nhập"));
    }

    @Test
    void errorPagesRevealNothingInternal() {
        Account a = TestData.account("errors").observer().build();
        WebSession s = WebSession.signIn(a.username, TestData.PASSWORD);
        s.get("/no-such-page").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found")).body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
        s.get("/organisations/not-a-number").then().statusCode(404).body(not(containsString("NumberFormat")));
        s.get("/accounts").then().statusCode(403).body(containsString("Not allowed"));
        given().get("/api/v1/no-such").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found")).body("instance", equalTo("/api/v1/no-such"));
    }

    @TestHTTPResource(value = "health", management = true)
    URL health;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() {
        given().get(health).then().statusCode(200).body("status", equalTo("UP"));
        given().get(metrics).then().statusCode(200).body(containsString("http_server"));
        given().redirects().follow(false).get("/q/metrics").then().statusCode(404);
        given().redirects().follow(false).get("/q/health").then().statusCode(404);
    }
}
