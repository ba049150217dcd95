package org.mufakat.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every failure into what the caller can use: problem JSON under /api, an error page elsewhere. Neither ever
 * shows a stack trace or internal names; a 500 carries an incident id that is also in the log.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    @Inject
    HttpServerRequest request;
    @ConfigProperty(name = "mufakat.secure-cookies")
    boolean secureCookies;
    @Inject
    Outage outage;

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String incident);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        if (isApi()) {
            return problem(401, "Unauthorized", "Sign in with a personal API token (Authorization: Bearer) or HTTP"
                    + " Basic (username and password); an expired or revoked token, or a disabled account, is"
                    + " refused.", null)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Mufakat\", Bearer realm=\"Mufakat\"")
                    .build();
        }
        Response.ResponseBuilder redirect = Response.status(Response.Status.FOUND).location(URI.create("/login"));
        if ("GET".equals(request.method().name())) {
            redirect.cookie(new jakarta.ws.rs.core.NewCookie.Builder(LOCATION_COOKIE)
                    .value(request.absoluteURI()).path("/").httpOnly(true).secure(secureCookies).build());
        }
        return redirect.build();
    }

    @ServerExceptionMapper({ ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class })
    public Response forbidden(RuntimeException e) {
        return respond(403, "Forbidden", "You may not do this, or see this object.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "Not Found", "There is nothing at this address.");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return respond(405, "Method Not Allowed", "This address does not take this kind of request.");
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.putIfAbsent(leaf(v.getPropertyPath().toString()),
                v.getMessage()));
        if (isApi()) {
            return problem(400, "Bad Request", "Some fields are not valid.", errors).build();
        }
        return respond(400, "Bad Request", "Some fields are not valid.");
    }

    /** A JSON body that does not parse, or whose values have the wrong types: 400 problem JSON, never a 500. */
    @ServerExceptionMapper({ com.fasterxml.jackson.core.JsonProcessingException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.core.JsonParseException.class })
    public Response unreadableJson(Exception e) {
        return respond(400, "Bad Request", "The body is not JSON of the expected shape.");
    }

    @ServerExceptionMapper
    public Response formInvalid(FormInvalidException e) {
        int status = e.isConflict() ? 409 : 400;
        if (isApi()) {
            return problem(status, e.isConflict() ? "Conflict" : "Bad Request", e.getMessage(), e.errors().asMap())
                    .build();
        }
        return respond(status, e.isConflict() ? "Conflict" : "Bad Request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e) {
        if (isApi()) {
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(Problem.of(409, "Conflict",
                    "The move was refused.", request.path()).withReasons(e.reasons())).build();
        }
        return respond(409, "Conflict", e.getMessage());
    }

    /**
     * A unique key refused a row that the workflow's own checks let through: two identical requests at the same
     * moment (a double click on a slow link). The first one was saved; this one changes nothing.
     */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e) {
        LOG.infof("Refused a duplicate on %s %s: %s", request.method(), request.path(), e.getConstraintName());
        return respond(409, "Conflict", "The same thing was saved a moment ago; this request changed nothing.");
    }

    /** A multipart body that cannot be parsed (a raw CR/LF in a part's header, a broken boundary) is the client's. */
    @ServerExceptionMapper
    public Response unreadableUpload(MultipartParser.MalformedMessageException e) {
        LOG.infof("Refused a malformed multipart body on %s %s", request.method(), request.path());
        return respond(400, "Bad Request", "The upload could not be read. Send the file again from the form.");
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response conflict(RuntimeException e) {
        return respond(409, "Conflict", "Someone else changed this at the same time. Reload and try again.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(status, e.getResponse().getStatusInfo().getReasonPhrase(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (outage.isDatabaseDown(e)) {
            return outage.response(request);
        }
        Response wrapped = wrappedConflict(e);
        if (wrapped != null) {
            return wrapped;
        }
        if (refusedValue(e)) {
            LOG.infof("Refused a value the database cannot store on %s %s", request.method(), request.path());
            return respond(400, "Bad Request", "A value is too long or holds a character that cannot be stored.");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s %s", incident, request.method(), request.path());
        if (isApi()) {
            return problem(500, "Internal Server Error", "Something went wrong on our side. Incident " + incident
                    + ".", null).build();
        }
        return html(500, incident);
    }

    /**
     * A conflict found only when the transaction commits (the version check or a unique key at the final flush)
     * comes wrapped: a RollbackException inside whatever the interceptor throws. The cause decides, not the wrapper.
     */
    private Response wrappedConflict(Throwable e) {
        Throwable c = e;
        for (int depth = 0; depth < 20 && c.getCause() != null && c.getCause() != c; depth++) {
            c = c.getCause();
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return conflict((RuntimeException) c);
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException duplicate) {
                return duplicate(duplicate);
            }
        }
        return null;
    }

    /**
     * The database refused a value the checks let through: too long for its column (SQLSTATE 22001, on H2 and
     * PostgreSQL) or a character PostgreSQL cannot store in text (NUL: 22021, 22P05). The request is at fault, not the
     * server; nothing was saved, since the transaction rolled back.
     */
    private static boolean refusedValue(Throwable e) {
        Throwable c = e;
        for (int depth = 0; depth < 20 && c != null; depth++) {
            if (c instanceof java.sql.SQLException sql && java.util.Set.of("22001", "22021", "22P05")
                    .contains(sql.getSQLState())) {
                return true;
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        return false;
    }

    private Response respond(int status, String title, String detail) {
        if (isApi()) {
            return problem(status, title, detail, null).build();
        }
        return html(status, null);
    }

    private Response html(int status, String incident) {
        return Response.status(status).entity(Templates.error(status, incident))
                .type("text/html;charset=UTF-8").build();
    }

    private Response.ResponseBuilder problem(int status, String title, String detail, Map<String, String> errors) {
        Problem problem = Problem.of(status, title, detail, request.path());
        if (errors != null && !errors.isEmpty()) {
            problem = problem.withErrors(errors);
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private boolean isApi() {
        return request.path().startsWith("/api/");
    }

    /** "create.arg0.name" becomes "name". */
    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
