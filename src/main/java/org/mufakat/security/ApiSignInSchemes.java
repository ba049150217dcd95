package org.mufakat.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * How an API client signs in, as the OpenAPI document says it, from the configuration this server started with:
 * HTTP Basic with a local account unless local sign-in is off ({@code mufakat.login.local}), and a Keycloak access
 * token as a bearer token where Keycloak sign-in is on ({@code mufakat.keycloak.enabled}). Every operation accepts
 * any of them. A personal API token ({@link ApiTokens}, made on the person's API tokens page or through
 * {@code POST /api/v1/tokens}) is always accepted, whichever sign-in the server offers.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiSignInSchemes implements OASFilter {

    static final String BASIC = "basic";
    static final String KEYCLOAK = "keycloak";
    static final String TOKEN = "token";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(TOKEN, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat(ApiTokens.PREFIX + "...")
                .description("A personal API token (" + ApiTokens.PREFIX + " and 43 more characters), made on one's"
                        + " API tokens page or with POST /api/v1/tokens (Authorization: Bearer). It acts as its"
                        + " owner, with the same rights, until it expires or is revoked."));
        if (config.getOptionalValue("mufakat.login.local", Boolean.class).orElse(true)) {
            schemes.put(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("The username and password of a local Mufakat account."));
        }
        if (config.getOptionalValue("mufakat.keycloak.enabled", Boolean.class).orElse(false)) {
            String realm = config.getOptionalValue("mufakat.keycloak.url", String.class).orElse("");
            String client = config.getOptionalValue("quarkus.oidc.client-id", String.class).orElse("mufakat");
            schemes.put(KEYCLOAK, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("An access token of the Keycloak realm " + realm + " issued to the client " + client
                            + " (Authorization: Bearer)."));
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSecuritySchemes(schemes);
        List<SecurityRequirement> anyOf = new ArrayList<>();
        schemes.keySet().forEach(name -> anyOf.add(OASFactory.createSecurityRequirement().addScheme(name)));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> operation.setSecurity(new ArrayList<>(anyOf))));
        }
    }
}
