package io.redress.screening.infrastructure;

import io.redress.shared.infrastructure.RedressDataSource;
import io.redress.shared.infrastructure.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Loads the transaction graph once the schema is migrated, before the application answers its first request: on
 * PostgreSQL through the feed that then keeps it current with every instance's commits, on H2 (one instance) once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GraphLoader {

    @Resource(lookup = RedressDataSource.JNDI_NAME)
    DataSource db;
    @Inject
    ScreeningGraph graph;
    @Inject
    GraphFeed feed;
    @Inject
    SchemaMigration schema;

    @PostConstruct
    void load() {
        try {
            if ("postgresql".equals(schema.database())) {
                feed.start(db);
            } else {
                graph.load(db);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The transaction graph cannot be loaded: " + e.getMessage(), e);
        }
    }
}
