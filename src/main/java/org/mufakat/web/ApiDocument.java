package org.mufakat.web;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Shapes the OpenAPI document ({@code /q/openapi}) into what an integrator needs: the JSON API under {@code /api/v1}
 * and nothing else. Pages and form endpoints are left out by their path, so a page added later cannot slip in, and
 * the schemas only they used (Qute's {@code TemplateInstance} and its engine, form maps) go with them. Every
 * operation documents problem JSON ({@link Problem}) as its error body. How callers sign in is added at start, from
 * the configuration ({@code security.ApiSignInSchemes}).
 * Registered by {@code mp.openapi.filter} in application.properties; runs when the application starts.
 */
public class ApiDocument implements OASFilter {

    static final String API = "/api/v1";
    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, PathItem> kept = new LinkedHashMap<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (path.equals(API) || path.startsWith(API + "/")) {
                    kept.put(path, item);
                }
            });
            openAPI.getPaths().setPathItems(kept);
        }
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        kept.forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> errors(operation, method, path.contains("{"))));
        dropOrphanSchemas(openAPI);
    }

    /** The error answers every operation may give, each with problem JSON as its body. */
    private static void errors(Operation operation, PathItem.HttpMethod method, boolean hasPathParameters) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "The request is malformed or breaks a rule; errors maps each field to its message.");
        errors.put("401", "Not signed in.");
        errors.put("403", "This account may not do this to this object.");
        if (hasPathParameters) {
            errors.put("404", "There is no such object.");
        }
        if (method != PathItem.HttpMethod.GET) {
            errors.put("409", "Refused in the object's present state, or someone else saved it first (an old"
                    + " version); reasons lists why a move was refused.");
        }
        errors.forEach((code, description) -> {
            APIResponse response = responses.getAPIResponse(code);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(code, response);
            } else if (response.getDescription() == null || response.getDescription().isBlank()
                    || List.of("Bad Request", "Not Authorized", "Not Allowed").contains(response.getDescription())) {
                response.setDescription(description);
            }
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        });
    }

    /** {@link Problem} as a schema: RFC 9457 with the field errors and the refused move's reasons. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error.")
                .addProperty("type", string("A URI naming the kind of problem; about:blank for plain HTTP ones."))
                .addProperty("title", string("The HTTP status in words."))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What went wrong, for a person to read."))
                .addProperty("instance", string("The path of the request."))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .description("Field name to message, for a request to mend (400) or a conflict (409).")
                        .additionalPropertiesSchema(OASFactory.createSchema().addType(SchemaType.STRING)))
                .addProperty("reasons", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Why a guard refused a move (409).")
                        .items(OASFactory.createSchema().addType(SchemaType.STRING)))
                .required(List.of("title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /** Keeps the schemas that the remaining operations use, directly or through other schemas. */
    private static void dropOrphanSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        Consumer<Schema> visit = s -> {
            if (s != null) {
                pending.push(s);
            }
        };
        Consumer<Content> content = c -> {
            if (c != null && c.getMediaTypes() != null) {
                c.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(visit);
            }
        };
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().stream().map(Parameter::getSchema).forEach(visit);
            }
            item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().stream().map(Parameter::getSchema).forEach(visit);
                }
                if (op.getRequestBody() != null) {
                    content.accept(op.getRequestBody().getContent());
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> content.accept(r.getContent()));
                }
            });
        });
        while (!pending.isEmpty()) {
            Schema s = pending.pop();
            String ref = s.getRef();
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (used.add(name)) {
                    visit.accept(schemas.get(name));
                }
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(visit);
            }
            visit.accept(s.getItems());
            visit.accept(s.getAdditionalPropertiesSchema());
            visit.accept(s.getNot());
            for (List<Schema> list : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    list.forEach(visit);
                }
            }
        }
        schemas.keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }
}
