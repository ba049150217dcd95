package org.mufakat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The migrations build the schema from nothing, on whichever database the test profile uses (H2 or PostgreSQL). */
@QuarkusTest
class MigrationTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyMigrationAppliesToAnEmptySchema() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas("migration_check")
                .locations("classpath:db/migration").cleanDisabled(false).load();
        try {
            MigrateResult result = flyway.migrate();
            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1);
            try (Connection c = dataSource.getConnection()) {
                DatabaseMetaData meta = c.getMetaData();
                System.out.println("Migrations checked on " + meta.getDatabaseProductName());
                for (String table : new String[] { "constituency", "member_organisation", "account", "role_grant",
                        "audit_event" }) {
                    assertTrue(exists(meta, table), table + " was not created");
                }
            }
        } finally {
            flyway.clean();
        }
    }

    @Test
    void theApplicationSchemaIsAtTheLatestMigration() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = false")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    private static boolean exists(DatabaseMetaData meta, String table) throws Exception {
        for (String name : new String[] { table, table.toUpperCase(Locale.ROOT) }) {
            for (String schema : new String[] { "migration_check", "MIGRATION_CHECK" }) {
                try (ResultSet rs = meta.getTables(null, schema, name, null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
