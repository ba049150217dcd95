package org.mufakat.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts, used in templates as {@code msg:key}. The texts themselves are in
 * {@code messages/msg.properties} (English) and {@code messages/msg_id.properties} (Bahasa Indonesia); a new
 * language is one more file.
 */
@MessageBundle(locale = "en")
public interface Msg {

    @Message
    String skipToContent();

    @Message
    String language();

    @Message
    String menu();

    @Message
    String scrollHint();

    @Message
    String navLabel();

    @Message
    String navDashboard();

    @Message
    String navConstituencies();

    @Message
    String navOrganisations();

    @Message
    String navForums();

    @Message
    String navRounds();

    @Message
    String navImpact();

    @Message
    String navAccounts();

    @Message
    String navAudit();

    @Message
    String signIn();

    @Message
    String signOut();

    @Message
    String footer();

    @Message
    String dashboardTitle();

    @Message
    String welcome(String name);

    @Message
    String waitingOnYou();

    @Message
    String nothingWaiting();

    @Message
    String yourRoles();

    @Message
    String noRoles();

    @Message
    String role(String name);

    @Message
    String errorTitle(int status);

    @Message
    String errorText(int status);

    @Message
    String errorIncident(String incident);

    String unavailableTitle();

    String unavailableText();

    @Message
    String backToDashboard();

    @Message
    String signInFailedTitle();

    @Message
    String signInFailed();

    @Message
    String signInThrottledTitle();

    @Message
    String signInThrottled(long seconds);

    @Message
    String signInFormExpiredTitle();

    @Message
    String signInFormExpired();

    @Message
    String forgotPassword();

    @Message
    String username();

    @Message
    String usernameHint();

    @Message
    String password();

    @Message
    String firstPassword();

    @Message
    String passwordHint();

    @Message
    String currentPassword();

    @Message
    String newPassword();

    @Message
    String confirmPassword();

    @Message
    String changePassword();

    @Message
    String resetPassword();

    @Message
    String resetPasswordHint();

    @Message
    String required();

    @Message
    String errorPrefix();

    @Message
    String errorSummaryTitle();

    @Message
    String conflictExplained();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String edit();

    @Message
    String delete();

    @Message
    String search();

    @Message
    String filter();

    @Message
    String all();

    @Message
    String chooseOne();

    @Message
    String noMatch();

    @Message
    String paginationLabel();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String pageOf(int page, int count);

    @Message
    String showing(long first, long last, long total);

    @Message
    String constituencies();

    @Message
    String constituenciesIntro();

    @Message
    String constituency();

    @Message
    String noConstituencies();

    @Message
    String addConstituency();

    @Message
    String editConstituency();

    @Message
    String deleteConstituency();

    @Message
    String confirmDeleteConstituency(String name);

    @Message
    String code();

    @Message
    String codeHint();

    @Message
    String name();

    @Message
    String constituencyNameHint();

    @Message
    String country();

    @Message
    String focalPoints();

    @Message
    String noFocalPoint();

    @Message
    String organisations();

    @Message
    String noOrganisations();

    @Message
    String noOrganisationsHere();

    @Message
    String addOrganisation();

    @Message
    String editOrganisation();

    @Message
    String deleteOrganisation();

    @Message
    String confirmDeleteOrganisation(String name);

    @Message
    String acronym();

    @Message
    String contactName();

    @Message
    String contactHint();

    @Message
    String contactEmail();

    @Message
    String contactPhone();

    @Message
    String website();

    @Message
    String websiteHint();

    @Message
    String accounts();

    @Message
    String noAccounts();

    @Message
    String addAccount();

    @Message
    String editAccount();

    @Message
    String displayName();

    @Message
    String email();

    @Message
    String roles();

    @Message
    String roleLabel();

    @Message
    String scope();

    @Message
    String granted();

    @Message
    String wholeNetwork();

    @Message
    String noRolesYet();

    @Message
    String grantRole();

    @Message
    String constituencyForFocalPoint();

    @Message
    String organisationForMember();

    @Message
    String revoke();

    @Message
    String status();

    @Message
    String active();

    @Message
    String disabled();

    @Message
    String locked();

    @Message
    String lastSignIn();

    @Message
    String never();

    @Message
    String disable();

    @Message
    String enable();

    @Message
    String unlock();

    @Message
    String actions();

    @Message
    String auditTrail();

    @Message
    String actor();

    @Message
    String action();

    @Message
    String objectType();

    @Message
    String object();

    @Message
    String details();

    @Message
    String whenHappened();

    @Message
    String fromDay();

    @Message
    String untilDay();

    @Message
    String noAuditEvents();

    @Message
    String notices();

    @Message
    String noNotices();

    @Message
    String markAllRead();

    @Message
    String unread();

    @Message
    String open();

    @Message
    String navNotices(long count);

    // Sign-in through Keycloak (security.LoginPage)

    @Message
    String signInWith(String provider);

    @Message
    String signInWithPassword();

    @Message
    String signInRefusedTitle();

    @Message
    String signInRefused(String provider);

    @Message
    String signInIncompleteTitle();

    @Message
    String signInIncomplete(String provider);

    @Message
    String signInUnavailable();
}
