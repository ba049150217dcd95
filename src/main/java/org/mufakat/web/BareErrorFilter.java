package org.mufakat.web;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a body to errors that filters answer without one (a missing CSRF token, a wrong media type): problem JSON
 * under /api, the error page elsewhere.
 */
public class BareErrorFilter {

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/")) {
            response.setEntity(Problem.of(status, response.getStatusInfo().getReasonPhrase(),
                    status == 400 ? "The request is malformed or lacks its form token." : null, path));
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
        } else {
            Locale locale = request.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                    : request.getAcceptableLanguages().get(0);
            response.setEntity(ErrorMapper.Templates.error(status, null).setLocale(locale).render());
            response.getHeaders().putSingle("Content-Type", "text/html;charset=UTF-8");
        }
    }
}
