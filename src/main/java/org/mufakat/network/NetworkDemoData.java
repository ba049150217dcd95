package org.mufakat.network;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.security.PasswordHasher;
import org.mufakat.security.Role;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Demo data shaped like TF-AMW, loaded only when {@code mufakat.demo-data} is true (the embedded profile), never in
 * production, and only into an empty registry, so a restart changes nothing. The demo logins are listed in the README.
 */
@ApplicationScoped
public class NetworkDemoData {

    public static final String DEMO_PASSWORD = "musyawarah-2026";
    private static final Logger LOG = Logger.getLogger(NetworkDemoData.class);

    @ConfigProperty(name = "mufakat.demo-data")
    boolean enabled;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(20) StartupEvent start) {
        if (!enabled || Constituency.count() > 0) {
            return;
        }
        if (ConfigUtils.getProfiles().contains("prod")) {
            LOG.error("mufakat.demo-data is ignored in production: demo accounts share a published password.");
            return;
        }
        Constituency kh = constituency("KH", "Cambodia", "Cambodia");
        Constituency id = constituency("ID", "Indonesia", "Indonesia");
        Constituency la = constituency("LA", "Lao PDR", "Lao PDR");
        Constituency my = constituency("MY", "Malaysia", "Malaysia");
        Constituency ph = constituency("PH", "Philippines", "Philippines");
        Constituency sg = constituency("SG", "Singapore", "Singapore");
        Constituency th = constituency("TH", "Thailand", "Thailand");
        Constituency vn = constituency("VN", "Viet Nam", "Viet Nam");
        Constituency mmth = constituency("MM-TH", "Burmese migrants in Thailand", "Thailand");

        organisation(kh, "Legal Support for Children and Women", "LSCW");
        organisation(kh, "Cambodian Labour Confederation", "CLC");
        MemberOrganisation migrantCare = organisation(id, "Migrant CARE", null);
        organisation(id, "Serikat Buruh Migran Indonesia", "SBMI");
        organisation(la, "Village Focus International", null);
        organisation(my, "Tenaganita", null);
        organisation(my, "Malaysian Trades Union Congress", "MTUC");
        organisation(ph, "Center for Migrant Advocacy", "CMA");
        organisation(ph, "Migrante International", null);
        organisation(sg, "Humanitarian Organization for Migration Economics", "HOME");
        organisation(sg, "Transient Workers Count Too", "TWC2");
        organisation(th, "Labour Rights Promotion Network Foundation", "LPN");
        organisation(vn, "Research Center for Gender, Family and Environment in Development", "CGFED");
        organisation(mmth, "MAP Foundation", "MAP");
        organisation(mmth, "Migrant Worker Rights Network", "MWRN");

        account("secretariat", "Secretariat (Bangkok)", Role.SECRETARIAT, null, null);
        account("convenor", "Convenor (Singapore)", Role.CONVENOR, null, null);
        for (Constituency c : new Constituency[] { kh, id, la, my, ph, sg, th, vn, mmth }) {
            account("focal." + c.code.toLowerCase().replace("-", ""), "Focal point, " + c.name, Role.FOCAL_POINT, c,
                    null);
        }
        account("member", "Member, Migrant CARE", Role.MEMBER, null, migrantCare);
        account("observer", "Observer", Role.OBSERVER, null, null);
        audit.record("system", "demo-data.loaded", "Network", null, "TF-AMW demo registry and accounts");
        LOG.info("Loaded demo data; demo logins are in the README (password " + DEMO_PASSWORD + ").");
    }

    private static Constituency constituency(String code, String name, String country) {
        Constituency c = new Constituency();
        c.code = code;
        c.name = name;
        c.country = country;
        c.createdAt = Instant.now();
        c.persist();
        return c;
    }

    private static MemberOrganisation organisation(Constituency c, String name, String acronym) {
        MemberOrganisation o = new MemberOrganisation();
        o.constituency = c;
        o.name = name;
        o.acronym = acronym;
        o.contactEmail = "info@" + (acronym == null ? name.split(" ")[0] : acronym).toLowerCase() + ".example.org";
        o.createdAt = Instant.now();
        o.persist();
        return o;
    }

    private void account(String username, String name, Role role, Constituency c, MemberOrganisation o) {
        Account a = NetworkStartup.createAccount(username, name, username + "@example.org", DEMO_PASSWORD, hasher);
        NetworkStartup.grant(a, role, c, o, "demo-data");
    }
}
