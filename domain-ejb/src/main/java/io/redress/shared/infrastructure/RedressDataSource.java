package io.redress.shared.infrastructure;

import io.redress.shared.application.Setting;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one datasource. URL, user and password come from MicroProfile Config, so the
 * same EAR runs on the embedded H2 (default) or on PostgreSQL (set REDRESS_DB_URL, REDRESS_DB_USER,
 * REDRESS_DB_PASSWORD). Connections are validated before use, so a database restart needs no
 * application restart. Every connection is made with the same credentials, so the pool hands out any idle one
 * without asking the driver to match it (Payara's default for application datasources matches each time).
 * <p>
 * Failing fast when the database is away: a new connection is tried once, for at most 5 s (login timeout; TCP
 * connect 5 s on PostgreSQL; H2 ignores both; 2 s failed deployments on a machine at load 25), never retried (the retries, 3 x 2 s, made every request wait 6 s
 * while PostgreSQL was down), and a request waits at most 1 s for a free connection. Requests arriving while the
 * {@code DatabaseGate} is closed do not ask the pool at all. No socket (read) timeout: it would also cut a long
 * migration or export; a request already waiting on a database that falls silent waits until it answers again.
 * <p>
 * On PostgreSQL a JDBC batch of INSERTs goes as multi-row INSERTs ({@code reWriteBatchedInserts}; H2 ignores it):
 * the trade-event intake's 1,000 events are a few statements, not 1,000. The driver then answers such a batch's rows
 * with {@code SUCCESS_NO_INFO} instead of a count of one each: nothing here reads an INSERT batch's counts, and
 * EclipseLink checks a batch's counts only for the UPDATEs and DELETEs of versioned entities, which the driver
 * never rewrites.
 */
@Singleton
@DataSourceDefinition(
        name = RedressDataSource.JNDI_NAME,
        className = "${MPCONFIG=" + Setting.DB_DATASOURCE_CLASS + "}",
        url = "${MPCONFIG=" + Setting.DB_URL + "}",
        user = "${MPCONFIG=" + Setting.DB_USER + "}",
        password = "${MPCONFIG=" + Setting.DB_PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 48,
        loginTimeout = 5,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.max-wait-time-in-millis=1000",
                "connectTimeout=5",
                "reWriteBatchedInserts=true",
                "fish.payara.match-connections=false"
        })
public class RedressDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/redress";
}
