package org.mufakat.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;

/**
 * The CSRF token for the forms of the page shell. Pages that no resource served (an unknown address) have no token;
 * their forms then carry an empty one, which the filter refuses, instead of the page failing to render.
 */
@RequestScoped
@Named("csrfField")
public class CsrfField {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String name() {
        return csrf.getParameterName();
    }

    public String token() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenForThisRequest) {
            return "";
        }
    }
}
