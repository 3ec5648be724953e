package org.guarantees.game.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Concluded deals waiting for their durability rating. Persisted with the concluding events, so a rating survives the
 * scoring service being down and this process dying.
 */
@ApplicationScoped
public class RatingOutbox {
    /** A claim lasts this long; a process that dies mid-call lets another retry after it. */
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final String CLAIM = "UPDATE rating_outbox SET next_attempt_at = now() + make_interval(secs => ?),"
            + " attempts = attempts + 1 WHERE table_id = (SELECT table_id FROM rating_outbox WHERE rated_at IS NULL"
            + " AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " RETURNING table_id, draft_version, deal::text, attempts";

    public record Entry(UUID tableId, int draftVersion, String dealJson, int attempts) {
    }

    private final AgroalDataSource dataSource;

    public RatingOutbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void enqueue(Connection c, UUID tableId, int draftVersion, String dealJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating_outbox (table_id, draft_version, deal)"
                + " VALUES (?, ?, ?::jsonb) ON CONFLICT (table_id) DO NOTHING")) {
            ps.setObject(1, tableId);
            ps.setInt(2, draftVersion);
            ps.setString(3, dealJson);
            ps.executeUpdate();
        }
    }

    public Optional<Entry> claimNextDue() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setLong(1, LEASE.toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4)));
            }
        }
    }

    public void retryLater(UUID tableId, Duration delay, String error) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE rating_outbox SET next_attempt_at = now() + make_interval(secs => ?), last_error = ?"
                        + " WHERE table_id = ?")) {
            ps.setDouble(1, delay.toMillis() / 1000.0);
            ps.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
            ps.setObject(3, tableId);
            ps.executeUpdate();
        }
    }

    /** Part of the transaction that appends the deal.rated event. */
    public void markRated(Connection c, UUID tableId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rating_outbox SET rated_at = now() WHERE table_id = ?")) {
            ps.setObject(1, tableId);
            ps.executeUpdate();
        }
    }

    public long pending() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM rating_outbox WHERE rated_at IS NULL"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
