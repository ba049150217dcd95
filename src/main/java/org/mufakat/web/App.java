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

    @ConfigProperty(name = "mufakat.network.name")
    String networkName;
    @Inject
    CurrentVertxRequest request;
    @Inject
    Texts texts;

    public String networkName() {
        return networkName;
    }

    public List<Languages.Language> languages() {
        return Languages.ALL;
    }

    public String lang() {
        return texts.locale().toLanguageTag();
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
