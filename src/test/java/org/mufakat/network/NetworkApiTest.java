package org.mufakat.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class NetworkApiTest {

    static RequestSpecification as(Account a) {
        return given().auth().preemptive().basic(a.username, TestData.PASSWORD);
    }

    @Test
    void meListsTheCallersGrants() {
        Constituency c = TestData.constituency("Singapore");
        Account fp = TestData.account("apime").focalPointFor(c).build();
        as(fp).get("/api/v1/me").then().statusCode(200).body("username", equalTo(fp.username))
                .body("grants[0].role", equalTo("FOCAL_POINT")).body("grants[0].constituencyCode", equalTo(c.code))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void anyoneSignedInListsConstituencies() {
        Constituency c = TestData.constituency("Listed");
        as(TestData.account("apiobs").observer().build()).get("/api/v1/constituencies").then().statusCode(200)
                .body("code", hasItem(c.code));
    }

    @Test
    void aFocalPointAddsOrganisationsOnlyForTheirOwnConstituency() {
        Constituency own = TestData.constituency("Own");
        Constituency other = TestData.constituency("Other");
        Account fp = TestData.account("apifp").focalPointFor(own).build();
        as(fp).contentType("application/json")
                .body("{\"constituencyCode\":\"" + own.code + "\",\"name\":\"Api org\",\"id\":999,\"version\":7}")
                .post("/api/v1/organisations").then().statusCode(201).header("Location", notNullValue())
                .body("name", equalTo("Api org")).body("constituencyCode", equalTo(own.code));
        as(fp).contentType("application/json")
                .body("{\"constituencyCode\":\"" + other.code + "\",\"name\":\"Planted\"}")
                .post("/api/v1/organisations").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        as(fp).get("/api/v1/organisations?constituency=" + other.code).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void invalidOrMalformedBodiesGetProblemJsonWithFieldErrors() {
        Constituency own = TestData.constituency("Errors");
        Account fp = TestData.account("apierr").focalPointFor(own).build();
        as(fp).contentType("application/json")
                .body("{\"constituencyCode\":\"" + own.code + "\",\"name\":\"\",\"contactEmail\":\"nope\"}")
                .post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", equalTo("Enter a value here."))
                .body("errors.contactEmail", notNullValue());
        as(fp).contentType("application/json").body("{not json").post("/api/v1/organisations").then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void accountsAreForTheSecretariatAndNeverShowPasswords() {
        Account sec = TestData.account("apisec").secretariat().build();
        Account obs = TestData.account("apiobs").observer().build();
        as(obs).get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        as(sec).get("/api/v1/accounts?q=" + obs.username).then().statusCode(200)
                .body("items[0].username", equalTo(obs.username)).body("items[0]", not(hasKey("passwordHash")));
        String username = "api.new" + TestData.next();
        as(sec).contentType("application/json").body("{\"username\":\"" + username
                + "\",\"displayName\":\"Api New\",\"password\":\"a long api password\"}").post("/api/v1/accounts")
                .then().statusCode(201).body("username", equalTo(username)).body("grants.size()", equalTo(0));
        as(sec).contentType("application/json").body("{\"username\":\"" + username
                + "\",\"displayName\":\"Again\",\"password\":\"a long api password\"}").post("/api/v1/accounts")
                .then().statusCode(400).body("errors.username", equalTo("This username is already taken."));
        as(obs).contentType("application/json").body("{\"username\":\"sneaky" + TestData.next()
                + "\",\"displayName\":\"S\",\"password\":\"a long api password\"}").post("/api/v1/accounts")
                .then().statusCode(403);
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/organisations")).body("paths", hasKey("/api/v1/me"))
                .body("paths", hasKey("/api/v1/accounts")).body("paths", hasKey("/api/v1/constituencies"));
    }
}
