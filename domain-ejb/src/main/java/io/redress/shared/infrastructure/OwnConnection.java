package io.redress.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A PostgreSQL connection of a background thread's own, outside the pool (the decision cache's feed, the database
 * probe): named so that {@code pg_stat_activity} tells who holds it, with TCP keepalive, auto-commit, and timeouts
 * in seconds so that a database that falls silent never holds the thread longer than its caller can wait.
 */
public final class OwnConnection {

    private OwnConnection() {
    }

    public static Connection open(String url, String user, String password, String applicationName,
                                  int connectSeconds, int loginSeconds, int socketSeconds) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
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
