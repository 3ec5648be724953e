package org.guarantees.game.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads that the real-time path needs without an ORM session: a table's scenario and seat identities. */
@ApplicationScoped
public class TableDirectory {

    /** Who a seat token belongs to. */
    public record SeatIdentity(UUID participantId, UUID seatId, UUID tableId, UUID seminarId, String role,
                               String displayName, boolean revoked) {
    }

    private final AgroalDataSource dataSource;

    public TableDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> scenarioOf(UUID tableId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT s.scenario_id FROM game_table t JOIN seminar s ON s.id = t.seminar_id WHERE t.id = ?")) {
            ps.setObject(1, tableId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<SeatIdentity> seatOfToken(String tokenHash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT p.id, p.seat_id, s.table_id, p.seminar_id, s.role, p.display_name, p.revoked"
                        + " FROM participant p JOIN seat s ON s.id = p.seat_id WHERE p.token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SeatIdentity(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7)));
            }
        }
    }

    /** Tables whose round deadline or signing window has passed: the clock sweep's work list. */
    public List<UUID> overdueTables(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM game_table WHERE phase = 'NEGOTIATION'"
                        + " AND (deadline_at <= now() OR signing_closes_at <= now()) LIMIT ?")) {
            ps.setInt(1, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }
}
