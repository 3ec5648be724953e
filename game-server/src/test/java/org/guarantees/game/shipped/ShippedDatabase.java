package org.guarantees.game.shipped;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty database of the game server's own for the shipped-product test, on the test PostgreSQL named by
 * TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD (what {@code deploy/local/test} sets), so the @QuarkusTest tests that
 * wipe the test database never meet it. When the test user may create databases, it is the database
 * {@code game_shipped}, dropped and created again; otherwise it is the schema {@code game_shipped} of the test database,
 * dropped and created again, and named in the JDBC URL ({@code currentSchema}).
 */
record ShippedDatabase(String url, String user, String password, String how) {
    static final String NAME = "game_shipped";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    static ShippedDatabase prepare() {
        String testUrl = env("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/game_test");
        String user = env("TEST_DB_USER", "game");
        String password = env("TEST_DB_PASSWORD", "game");
        Matcher m = URL.matcher(testUrl);
        if (!m.matches()) {
            throw new IllegalStateException("TEST_DB_URL is not a PostgreSQL JDBC URL: " + testUrl);
        }
        try (Connection c = DriverManager.getConnection(testUrl, user, password); Statement s = c.createStatement()) {
            try {
                s.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + NAME);
                return new ShippedDatabase(m.group(1) + NAME + (m.group(3) == null ? "" : m.group(3)), user, password,
                        "database " + NAME);
            } catch (SQLException refused) {
                if (!"42501".equals(refused.getSQLState())) {
                    throw refused;
                }
            }
            s.execute("DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
            s.execute("CREATE SCHEMA " + NAME);
            String url = testUrl + (testUrl.contains("?") ? "&" : "?") + "currentSchema=" + NAME;
            return new ShippedDatabase(url, user, password, "schema " + NAME + " of " + m.group(2)
                    + " (the test user may not create databases)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare " + NAME + " on " + testUrl + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
