package io.redress.shared.application;

import io.redress.shared.infrastructure.SchemaMigration;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether Redress can serve: the database answers and the schema is migrated. Read by the readiness check. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SystemStatus {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    SchemaMigration migration;

    public record Readiness(boolean ready, String database, String schemaVersion, String problem) {
    }

    public Readiness readiness() {
        try {
            Number applied = (Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE").getSingleResult();
            boolean migrated = applied.longValue() > 0 && migration.appliedVersion() != null;
            return new Readiness(migrated, migration.database(), migration.appliedVersion(),
                    migrated ? null : "schema migrations have not been applied");
        } catch (RuntimeException e) {
            return new Readiness(false, migration.database(), migration.appliedVersion(),
                    "database unreachable: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
