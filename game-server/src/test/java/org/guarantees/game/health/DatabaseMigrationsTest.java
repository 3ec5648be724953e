package org.guarantees.game.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatabaseMigrationsTest {

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    @Test
    void noMigrationIsLeftPending() {
        assertEquals(0, flyway.info().pending().length, "migrations on the classpath that were not applied");
    }

    @Test
    void everyRecordedMigrationSucceeded() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery(
                        "SELECT count(*), count(*) FILTER (WHERE NOT success) FROM flyway_schema_history")) {
            counts.next();
            assertTrue(counts.getInt(1) > 0, "flyway_schema_history records no migration");
            assertEquals(0, counts.getInt(2), "failed migrations in flyway_schema_history");
        }
    }

    @Test
    void eventLogTableExists() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet table = statement.executeQuery("SELECT to_regclass('table_event') IS NOT NULL")) {
            table.next();
            assertTrue(table.getBoolean(1), "table table_event is missing from the schema");
        }
    }
}
