package org.mufakat.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The language switcher: remembers the choice in a cookie for a year and returns to the page; a signed-in person's
 * notices and e-mails follow it too ({@link LanguageChosen}).
 */
@Path("/language")
@PermitAll
public class LanguagePage {

    @ConfigProperty(name = "mufakat.secure-cookies")
    boolean secureCookies;
    @Inject
    Event<LanguageChosen> chosen;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String back) {
        Response.ResponseBuilder redirect = Response.seeOther(Links.safeRedirect(back));
        if (Languages.isSupported(lang)) {
            chosen.fire(new LanguageChosen(lang));
            redirect.cookie(new NewCookie.Builder(Languages.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true).secure(secureCookies).build());
        }
        return redirect.build();
    }
}
