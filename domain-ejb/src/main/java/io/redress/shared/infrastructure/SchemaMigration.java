package io.redress.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version before anything else runs. Flyway is the only owner of the
 * schema: shared migrations in {@code db/migration/common}, database-specific ones (triggers, privileges)
 * in {@code db/migration/h2} or {@code db/migration/postgresql}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = RedressDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile String appliedVersion;
    private volatile String database;

    @PostConstruct
    void migrate() {
        database = vendor();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database)
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        appliedVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Redress schema on " + database + " at version " + appliedVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Redress supports H2 and PostgreSQL, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }

    public String appliedVersion() {
        return appliedVersion;
    }

    public String database() {
        return database;
    }
}
