package io.redress.shared.infrastructure;

import io.redress.shared.application.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A PostgreSQL connection of a background thread's own, outside the pool (the decision cache's feed, the database
 * probe): named so that {@code pg_stat_activity} tells who holds it, with TCP keepalive, auto-commit, and timeouts
 * in seconds so that a database that falls silent never holds the thread longer than its caller can wait. To the
 * database the application's datasource names ({@code redress.db.*}).
 */
@ApplicationScoped
public class OwnConnection {

    @Inject
    @ConfigProperty(name = Setting.DB_URL)
    String url;
    @Inject
    @ConfigProperty(name = Setting.DB_USER)
    String user;
    @Inject
    @ConfigProperty(name = Setting.DB_PASSWORD)
    Optional<String> password; // an empty password is no value to MicroProfile Config

    public Connection open(String applicationName, int connectSeconds, int loginSeconds, int socketSeconds) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password.orElse(""));
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("connectTimeout", Integer.toString(connectSeconds));
        p.setProperty("loginTimeout", Integer.toString(loginSeconds));
        p.setProperty("socketTimeout", Integer.toString(socketSeconds));
        Connection c = new org.postgresql.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        c.setAutoCommit(true);
        return c;
    }
}
