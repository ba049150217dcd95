package org.mufakat.attack;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mufakat.WebSession;
import org.mufakat.audit.AuditEvent;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.forum.ForumSpace;
import org.mufakat.forum.ForumTestData;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.TestData;
import org.mufakat.review.ReviewTestData;
import org.mufakat.review.Versions;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.RoundTestData;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The people and objects an attacker meets: one account per role and scope (the focal point of the objects'
 * constituency, Viet Nam, and of another, Cambodia), a round sent to a forum (recommendations, a comment, a
 * position, versions, a submission with an event and its evidence file) and a round collecting inputs (Viet Nam's
 * input with an open and a restricted statement, revisions and an attachment), and a personal API token.
 */
final class Cast {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String RESTRICTED = "Testimony of an undocumented worker in Johor";

    /** The roles and scopes of the matrix, in its column order. */
    enum Who {
        SECRETARIAT, CONVENOR, FOCAL, OTHER_FOCAL, MEMBER, OBSERVER, ANONYMOUS
    }

    final Constituency vietnam = TestData.constituency("Viet Nam");
    final Constituency cambodia = TestData.constituency("Cambodia");
    final MemberOrganisation organisation = TestData.organisation(vietnam, "CGFED");
    final Map<Who, Account> accounts = new LinkedHashMap<>();
    final Map<String, String> sent = new LinkedHashMap<>();
    final Map<String, String> collecting = new LinkedHashMap<>();
    final Round finalRound;
    final Round collectingRound;

    Cast() {
        accounts.put(Who.SECRETARIAT, TestData.account("x-sec").secretariat().build());
        accounts.put(Who.CONVENOR, TestData.account("x-conv").convenor().build());
        accounts.put(Who.FOCAL, TestData.account("x-fp").focalPointFor(vietnam).build());
        accounts.put(Who.OTHER_FOCAL, TestData.account("x-fpx").focalPointFor(cambodia).build());
        accounts.put(Who.MEMBER, TestData.account("x-mem").memberOf(organisation).build());
        accounts.put(Who.OBSERVER, TestData.account("x-obs").observer().build());
        Account target = TestData.account("x-target").observer().build();
        Forum forum = ForumTestData.forum("ASEAN Forum on Migrant Labour " + TestData.next(), ForumSpace.SANCTIONED);
        ForumSession session = ForumTestData.session(forum, "Xth AFML", LocalDate.now().plusDays(40));

        finalRound = ReviewTestData.round(RoundStatus.MEMBER_REVIEW, LocalDate.now().plusDays(7), vietnam, cambodia);
        Recommendation dw = ReviewTestData.byText(finalRound, ReviewTestData.DW);
        String base = "/api/v1/rounds/" + finalRound.id;
        long comment = api(Who.FOCAL).body(Map.of("body", "Which day?"))
                .post(base + "/recommendations/" + dw.id + "/comments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        RoundTestData.setStatus(finalRound, RoundStatus.ENDORSEMENT);
        api(Who.FOCAL).body(Map.of("position", "ENDORSE", "recommendationId", dw.id)).post(base + "/positions")
                .then().statusCode(200);
        RoundTestData.setStatus(finalRound, RoundStatus.FINAL);
        Versions versions = Arc.container().instance(Versions.class).get();
        QuarkusTransaction.requiringNew().run(() -> versions.take(Round.findById(finalRound.id), "Final", true,
                "test"));
        long submission = api(Who.CONVENOR).body(Map.of("forumSessionId", session.id, "register", "CALIBRATED",
                "coverLetter", "Dear Chair,", "recipients", "ACMW Chair")).post(base + "/submissions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String submissions = "/api/v1/submissions/" + submission;
        long event = api(Who.CONVENOR).body(Map.of("kind", "RECEIVED", "occurredOn", LocalDate.now().toString()))
                .post(submissions + "/events").then().statusCode(201).extract().jsonPath().getLong("id");
        multipart(Who.CONVENOR).multiPart("file", "receipt.pdf", PDF, "application/pdf")
                .post(submissions + "/events/" + event + "/evidence").then().statusCode(201);
        api(Who.CONVENOR).post(submissions + "/publish").then().statusCode(200);
        String tracking = given().auth().preemptive().basic(account(Who.CONVENOR).username, TestData.PASSWORD)
                .get(submissions).then().statusCode(200).extract().path("trackingNumber");
        long restrictedStatement = QuarkusTransaction.requiringNew().call(() -> org.mufakat.input.Statement
                .<org.mufakat.input.Statement>find("input.round.id = ?1 and restricted = true", finalRound.id)
                .firstResult().id);

        sent.put("roundId", finalRound.id.toString());
        sent.put("rounds", finalRound.id.toString());
        sent.put("code", vietnam.code);
        sent.put("forums", forum.id.toString());
        sent.put("sessionId", session.id.toString());
        sent.put("recommendations", dw.id.toString());
        sent.put("recId", dw.id.toString());
        sent.put("recommendationId", dw.id.toString());
        sent.put("commentId", String.valueOf(comment));
        sent.put("number", "1");
        sent.put("stage", "MEMBER_REVIEW");
        sent.put("submissions", String.valueOf(submission));
        sent.put("eventId", String.valueOf(event));
        sent.put("trackingNumber", tracking);
        sent.put("statements", String.valueOf(restrictedStatement));

        collectingRound = RoundTestData.collecting(vietnam, cambodia);
        String input = "/api/v1/rounds/" + collectingRound.id + "/inputs/" + vietnam.code;
        long statement = api(Who.FOCAL).body(Map.of("theme", "DW", "addressee", "ASEAN", "text", "Ratify C189."))
                .post(input + "/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        api(Who.FOCAL).body(Map.of("theme", "RF", "addressee", "ASEAN", "text", RESTRICTED, "restricted", true,
                "evidence", RESTRICTED)).post(input + "/statements").then().statusCode(201);
        long attachment = multipart(Who.FOCAL).multiPart("file", "report.pdf", PDF, "application/pdf")
                .post(input + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> revisions = QuarkusTransaction.requiringNew().call(() -> org.mufakat.input.InputRevision
                .<org.mufakat.input.InputRevision>find("input.round.id = ?1 order by id", collectingRound.id).list()
                .stream().map(r -> r.id).toList());
        collecting.putAll(sent);
        collecting.put("revFrom", revisions.get(0).toString());
        collecting.put("revTo", revisions.get(revisions.size() - 1).toString());
        collecting.put("roundId", collectingRound.id.toString());
        collecting.put("rounds", collectingRound.id.toString());
        collecting.put("statements", String.valueOf(statement));
        collecting.put("statementId", String.valueOf(statement));
        collecting.put("attachments", String.valueOf(attachment));
        collecting.put("attachmentId", String.valueOf(attachment));

        long ally = api(Who.CONVENOR).body(Map.of("name", "Rieke Diah Pitaloka " + TestData.next(), "kind", "PARLIAMENTARIAN",
                "country", "Indonesia", "since", "2015-05-01")).post("/api/v1/allies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long notice = QuarkusTransaction.requiringNew().call(() -> {
            org.mufakat.notify.Notice n = new org.mufakat.notify.Notice();
            n.accountId = account(Who.FOCAL).id;
            n.subject = "A notice of the focal point's own";
            n.body = "";
            n.createdAt = java.time.Instant.now();
            n.persist();
            return n.id;
        });
        String token = api(Who.FOCAL).body(Map.of("name", "script")).post("/api/v1/tokens").then().statusCode(201)
                .extract().jsonPath().getString("id");
        for (Map<String, String> c : List.of(sent, collecting)) {
            c.put("accounts", target.id.toString());
            c.put("grantId", String.valueOf(QuarkusTransaction.requiringNew().call(() -> ((Account) Account
                    .findById(target.id)).grants.get(0).id)));
            c.put("organisations", organisation.id.toString());
            c.put("constituencies", vietnam.id.toString());
            c.put("allies", String.valueOf(ally));
            c.put("ratifications", QuarkusTransaction.requiringNew().call(
                    () -> org.mufakat.network.Ratification.<org.mufakat.network.Ratification>findAll().firstResult().id)
                    .toString());
            c.put("tokens", token);
            c.put("notices", String.valueOf(notice));
        }
    }

    Account account(Who who) {
        return accounts.get(who);
    }

    RequestSpecification api(Who who) {
        RequestSpecification r = given().redirects().follow(false).contentType("application/json");
        return who == Who.ANONYMOUS ? r : r.auth().preemptive().basic(account(who).username, TestData.PASSWORD);
    }

    /** A multipart request as an API client sends it, with a CSRF double submit of its own choosing. */
    RequestSpecification multipart(Who who) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString()
                .substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        return api(who).contentType("multipart/form-data").cookie("csrf-token", token).header("X-CSRF-TOKEN", token);
    }

    WebSession browser(Who who) {
        return who == Who.ANONYMOUS ? WebSession.anonymous()
                : WebSession.signIn(account(who).username, TestData.PASSWORD);
    }

    static long audited(String actor, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2", actor,
                action));
    }

    static long auditRows() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count());
    }

    static String csrf(Response page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"")
                .matcher(page.asString());
        return m.find() ? m.group(1) : "";
    }

    /**
     * The audit trail's events per action (sign-ins, refusals and wrong passwords left out) and every aggregate's
     * versions.
     */
    static String state() {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
            StringBuilder s = new StringBuilder();
            s.append(em.createQuery("select e.action, count(e) from AuditEvent e where e.action not in"
                    + " ('signin', 'signin.failed', 'permission.denied', 'password.confirm-failed', 'token.used')"
                    + " group by e.action"
                    + " order by e.action", Object[].class).getResultList().stream()
                    .map(row -> row[0] + "=" + row[1]).toList());
            for (String entity : List.of("Round", "NationalInput", "Statement", "Recommendation", "Comment",
                    "Submission", "Account", "Constituency", "MemberOrganisation")) {
                s.append(' ').append(entity).append('=').append(em.createQuery("select coalesce(sum(e.version), 0)"
                        + " + count(e) from " + entity + " e").getSingleResult());
            }
            return s.toString();
        });
    }
}
