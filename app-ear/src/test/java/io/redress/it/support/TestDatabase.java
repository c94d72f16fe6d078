package io.redress.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the tests' server runs on, as the README's test command names it (REDRESS_DB_URL, REDRESS_DB_USER,
 * REDRESS_DB_PASSWORD; none: the embedded H2, which only the server itself can open).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Whether the server runs on PostgreSQL. */
    public static boolean onPostgres() {
        return System.getenv().getOrDefault("REDRESS_DB_URL", "jdbc:h2").startsWith("jdbc:postgresql");
    }

    /** A connection of the test's own to the server's PostgreSQL database. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("REDRESS_DB_URL"), System.getenv("REDRESS_DB_USER"),
                System.getenv().getOrDefault("REDRESS_DB_PASSWORD", ""));
    }
}
