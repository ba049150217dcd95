package org.mufakat.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** What the page shell needs on every page: {@code inject:app.networkName}, the languages, the current path. */
@ApplicationScoped
@Named("app")
public class App {

    /** Pages under this path are for anyone, signed in or not. */
    public static final String PUBLIC_PREFIX = "/public/";

    @ConfigProperty(name = "mufakat.network.name")
    String networkName;
    @ConfigProperty(name = "mufakat.base-url")
    String baseUrl;
    @Inject
    CurrentVertxRequest request;
    @Inject
    Texts texts;

    public String networkName() {
        return networkName;
    }

    /** Where this installation is reached ({@code mufakat.base-url}), without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public List<Languages.Language> languages() {
        return Languages.ALL;
    }

    public String lang() {
        return texts.locale().toLanguageTag();
    }

    /**
     * Whether this is a public page ({@code /public/...}), shown alike to everyone: the shell then shows no one's
     * navigation, even to a signed-in reader, and does not look up who is signed in.
     */
    public boolean publicPage() {
        RoutingContext rc = request.getCurrent();
        String path = rc == null ? null : rc.normalizedPath();
        return path != null && path.startsWith(PUBLIC_PREFIX);
    }

    /** The current path and query, for coming back here after switching language. */
    public String path() {
        RoutingContext rc = request.getCurrent();
        if (rc == null || !"GET".equals(rc.request().method().name())) {
            return "/";
        }
        String query = rc.request().query();
        return rc.request().path() + (query == null ? "" : "?" + query);
    }
}
