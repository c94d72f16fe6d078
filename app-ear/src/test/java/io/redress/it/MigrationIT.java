package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.RedressDeployment;
import io.redress.shared.application.SystemStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema is Flyway's alone, on whichever database the server runs against. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    SystemStatus status;

    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    @Test
    void everyMigrationIsAppliedAndTheSystemIsReady() throws Exception {
        SystemStatus.Readiness readiness = status.readiness();
        assertTrue(readiness.ready(), readiness.toString());
        String expected = System.getenv().getOrDefault("REDRESS_DB_URL", "jdbc:h2").startsWith("jdbc:postgresql")
                ? "postgresql" : "h2";
        assertEquals(expected, readiness.database());
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
                versions.add(rs.getString(1));
            }
            assertTrue(versions.containsAll(List.of("1", "1.1", "2")), versions.toString());
        }
        // and Flyway, reading the migrations shipped in the EAR, finds none left to apply
        org.flywaydb.core.api.MigrationInfoService info = org.flywaydb.core.Flyway
                .configure(SystemStatus.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + readiness.database())
                .load().info();
        assertEquals(0, info.pending().length, "pending migrations");
        assertEquals(info.current().getVersion().getVersion(), readiness.schemaVersion());
    }

    @Test
    void theTablesAreTheMigrationsNotJpaGenerated() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // a JPA-generated schema would have a SEQUENCE table or upper-case default names; Flyway's has these
            for (String table : List.of("staff_member", "audit_entry", "audit_chain_head", "account", "account_social_handle")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertTrue(rs.next(), table);
                }
            }
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    assertTrue(!rs.getString("TABLE_NAME").equalsIgnoreCase("SEQUENCE"), "no JPA sequence table");
                }
            }
        }
    }
}
