package org.mufakat.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.mufakat.security.PasswordHasher;
import org.mufakat.security.Role;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Small builders for test data, each committed in its own transaction. Names and codes are made unique so tests
 * sharing one database never collide.
 */
public final class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private TestData() {
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public static Constituency constituency(String name) {
        int n = next();
        return QuarkusTransaction.requiringNew().call(() -> {
            Constituency c = new Constituency();
            c.code = "T" + n;
            c.name = name + " " + n;
            c.country = name;
            c.createdAt = Instant.now();
            c.persist();
            return c;
        });
    }

    public static MemberOrganisation organisation(Constituency constituency, String name) {
        int n = next();
        return QuarkusTransaction.requiringNew().call(() -> {
            MemberOrganisation o = new MemberOrganisation();
            o.constituency = Constituency.findById(constituency.id);
            o.name = name + " " + n;
            o.createdAt = Instant.now();
            o.persist();
            return o;
        });
    }

    public static AccountBuilder account(String prefix) {
        return new AccountBuilder(prefix + next());
    }

    public static Account reload(Account a) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account found = Account.findById(a.id);
            found.grants.size();
            return found;
        });
    }

    public static final class AccountBuilder {
        private final String username;
        private final List<Object[]> grants = new ArrayList<>();
        private boolean enabled = true;

        AccountBuilder(String username) {
            this.username = username;
        }

        public AccountBuilder secretariat() {
            grants.add(new Object[] { Role.SECRETARIAT, null, null });
            return this;
        }

        public AccountBuilder convenor() {
            grants.add(new Object[] { Role.CONVENOR, null, null });
            return this;
        }

        public AccountBuilder observer() {
            grants.add(new Object[] { Role.OBSERVER, null, null });
            return this;
        }

        public AccountBuilder focalPointFor(Constituency c) {
            grants.add(new Object[] { Role.FOCAL_POINT, c.id, null });
            return this;
        }

        public AccountBuilder memberOf(MemberOrganisation o) {
            grants.add(new Object[] { Role.MEMBER, null, o.id });
            return this;
        }

        public AccountBuilder disabled() {
            enabled = false;
            return this;
        }

        public Account build() {
            PasswordHasher hasher = Arc.container().instance(PasswordHasher.class).get();
            return QuarkusTransaction.requiringNew().call(() -> {
                Account a = NetworkStartup.createAccount(username, "Test " + username, username + "@example.org",
                        PASSWORD, hasher);
                a.enabled = enabled;
                for (Object[] g : grants) {
                    NetworkStartup.grant(a, (Role) g[0],
                            g[1] == null ? null : Constituency.findById(g[1]),
                            g[2] == null ? null : MemberOrganisation.findById(g[2]), "test");
                }
                return a;
            });
        }
    }
}
