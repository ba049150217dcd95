package org.mufakat.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.Routes;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document as an integrator reads it, checked by the Swagger project's parser and validator: valid, the
 * JSON API under /api/v1 and nothing else, every API route in it, no framework internals among its schemas, every
 * operation signed in with HTTP Basic, saying who may call it and answering errors with problem JSON.
 */
@QuarkusTest
class ApiDocumentTest {

    /** Names of types that belong to Qute, Vert.x, JAX-RS or the JDK, never to the API. */
    static final Pattern INTERNAL = Pattern.compile(".*(TemplateInstance|Template|Engine|ValueResolver|Qute|Section"
            + "|Resolver|Evaluator|Expression|RoutingContext|MultivaluedMap|Charset|Locale|Variant|Atomic|TraceListener"
            + "|TraceManager|ParserHook|Initializer|Predicate|Function|Origin|HttpServer|Uni|Multi).*");

    static String json;
    static OpenAPI document;

    @BeforeEach
    void read() {
        if (document != null) {
            return;
        }
        json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages(), "the validator's messages");
        document = result.getOpenAPI();
        assertNotNull(document);
    }

    @Test
    void documentsTheApiAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> documented.add(method.name() + " " + path)));
        Set<String> served = new TreeSet<>();
        Routes.all().stream().filter(r -> r.path().startsWith("/api/v1/") || r.path().equals("/api/v1"))
                .forEach(r -> served.add(r.method() + " " + r.path()));
        assertTrue(served.size() > 40, served.toString());
        assertEquals(served, documented, "every /api/v1 route, and only those");
    }

    @Test
    void noFrameworkTypeIsASchema() {
        List<String> internal = document.getComponents().getSchemas().keySet().stream()
                .filter(name -> INTERNAL.matcher(name).matches()).toList();
        assertEquals(List.of(), internal);
        assertTrue(!json.contains("TemplateInstance") && !json.contains("io.quarkus"), "no Qute or Quarkus type");
    }

    @Test
    void everyOperationSaysWhoMayCallItAndAnswersErrorsWithProblemJson() {
        assertEquals("basic", document.getComponents().getSecuritySchemes().get("basic").getScheme());
        assertEquals("bearer", document.getComponents().getSecuritySchemes().get("token").getScheme());
        assertTrue(!document.getComponents().getSecuritySchemes().containsKey("keycloak"),
                "no bearer tokens where Keycloak sign-in is off");
        List<String> missing = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String name = method + " " + path;
            if (op.getDescription() == null || !op.getDescription().contains("Who may call:")) {
                missing.add(name + ": no 'Who may call:' in its description");
            }
            if (op.getSecurity() == null || op.getSecurity().stream().noneMatch(r -> r.containsKey("basic"))) {
                missing.add(name + ": no HTTP Basic");
            }
            if (op.getSecurity().stream().noneMatch(r -> r.containsKey("token"))) {
                missing.add(name + ": no personal API token");
            }
            for (String code : List.of("400", "401", "403")) {
                ApiResponse r = op.getResponses().get(code);
                if (r == null || r.getContent() == null || !r.getContent().containsKey(Problem.MEDIA_TYPE)
                        || !"#/components/schemas/Problem".equals(r.getContent().get(Problem.MEDIA_TYPE)
                                .getSchema().get$ref())) {
                    missing.add(name + ": " + code + " without problem JSON");
                }
            }
            if (path.contains("{") && op.getResponses().get("404") == null) {
                missing.add(name + ": no 404");
            }
            if (op.getResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                missing.add(name + ": no success answer");
            }
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void theProblemSchemaIsTheProblemRecord() {
        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertEquals(Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                new ArrayList<>(problem.getProperties().keySet()));
    }

    @Test
    void enumsAreEnumsAndTheMainBodiesHaveExamples() {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        for (String name : List.of("RoundStatus", "InputState", "ForumSpace", "Stance", "Role")) {
            assertNotNull(schemas.get(name), name);
            assertTrue(schemas.get(name).getEnum() != null && !schemas.get(name).getEnum().isEmpty(), name);
        }
        for (String[] body : new String[][] { { "POST", "/api/v1/rounds" },
                { "POST", "/api/v1/rounds/{roundId}/inputs/{code}/statements" },
                { "POST", "/api/v1/rounds/{roundId}/submissions" } }) {
            Operation op = document.getPaths().get(body[1]).readOperationsMap().get(HttpMethod.valueOf(body[0]));
            String ref = op.getRequestBody().getContent().get("application/json").getSchema().get$ref();
            Schema<?> schema = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            assertTrue(schema.getExamples() != null && !schema.getExamples().isEmpty()
                    && !(schema.getExamples().get(0) instanceof String), body[0] + " " + body[1]
                            + " has an example body: " + schema.getExamples());
        }
    }

    @Test
    void everyReferenceResolvesAndNoSchemaNameClashed() {
        Set<String> names = document.getComponents().getSchemas().keySet();
        Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"").matcher(json);
        List<String> dangling = new ArrayList<>();
        while (refs.find()) {
            if (!names.contains(refs.group(1))) {
                dangling.add(refs.group(1));
            }
        }
        assertEquals(List.of(), dangling);
        assertEquals(List.of(), names.stream().filter(n -> n.matches(".*\\d")).toList(),
                "two types of one simple name were numbered: name one of them with @Schema(name = ...)");
    }
}
