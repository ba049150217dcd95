package org.mufakat.notify;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mufakat.security.CurrentUser;
import org.mufakat.web.Flash;
import org.mufakat.web.Links;
import org.mufakat.web.Paging;
import org.mufakat.web.Texts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Each person's own notices, newest first; nobody sees another's. */
@Path("/notices")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NoticePage {

    @Inject
    Flash flash;
    @Inject
    Texts texts;
    @Inject
    NoticeWorkflow workflow;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Paging<ShownNotice> paging, String base);
    }

    @GET
    public TemplateInstance index(@QueryParam("page") Integer page) {
        return Templates.index(workflow.page(page), Links.base("/notices"));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        workflow.markAllRead();
        return flash.redirect("/notices", texts.get("mufakat.noticesRead"));
    }

    /** The unread count in the page shell, {@code inject:notices.unread}. */
    @Named("notices")
    @jakarta.enterprise.context.RequestScoped
    public static class Notices {

        @Inject
        CurrentUser user;

        public long unread() {
            return user.isSignedIn() ? Notice.unread(user.accountId()) : 0;
        }
    }
}
