package org.guarantees.game.bot;

import org.guarantees.game.entity.Participant;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The SQL of bot leases (table bot_lease, migration V3), for one process identified by {@code owner}. */
final class LeaseQueries {
    private static final String LIVE_BOT_SEAT = "s.controller = 'BOT' AND t.phase NOT IN ('CONCLUDED', 'NO_DEAL')";

    /** A bot seat to run: where, as which role and participant, with which strategy. */
    record Claim(UUID seatId, UUID tableId, String role, UUID participantId, String strategy) {
    }

    private final Connection connection;
    private final String owner;
    private final int leaseSeconds;

    LeaseQueries(Connection connection, String owner, int leaseSeconds) {
        this.connection = connection;
        this.owner = owner;
        this.leaseSeconds = leaseSeconds;
    }

    /** Extends this process's leases on seats that still have a bot at a live table; returns those seats. */
    Set<UUID> renew() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE bot_lease l SET expires_at = now() "
                + "+ make_interval(secs => ?) FROM seat s JOIN game_table t ON t.id = s.table_id WHERE l.seat_id = s.id "
                + "AND l.owner = ? AND " + LIVE_BOT_SEAT + " RETURNING l.seat_id")) {
            update.setInt(1, leaseSeconds);
            update.setString(2, owner);
            return seats(update.executeQuery());
        }
    }

    /** Gives up this process's leases on every seat it does not run (any more). */
    void releaseAllBut(Set<UUID> kept) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM bot_lease WHERE owner = ? AND NOT (seat_id = ANY (?))")) {
            Array array = connection.createArrayOf("uuid", kept.toArray());
            delete.setString(1, owner);
            delete.setArray(2, array);
            delete.executeUpdate();
        }
    }

    /** Takes every bot seat at a live table whose lease is free or expired. */
    List<Claim> claimFree() throws SQLException {
        Set<UUID> claimed;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bot_lease (seat_id, owner, expires_at) "
                + "SELECT s.id, ?, now() + make_interval(secs => ?) FROM seat s JOIN game_table t ON t.id = s.table_id "
                + "WHERE " + LIVE_BOT_SEAT + " ON CONFLICT (seat_id) DO UPDATE SET owner = EXCLUDED.owner, "
                + "expires_at = EXCLUDED.expires_at WHERE bot_lease.expires_at < now() RETURNING seat_id")) {
            insert.setString(1, owner);
            insert.setInt(2, leaseSeconds);
            claimed = seats(insert.executeQuery());
        }
        List<Claim> claims = new ArrayList<>();
        for (UUID seat : claimed) {
            try (PreparedStatement find = connection.prepareStatement("SELECT s.table_id, s.role, p.id, s.bot_strategy "
                    + "FROM seat s JOIN participant p ON p.seat_id = s.id WHERE s.id = ? AND p.browser_key = ? "
                    + "AND NOT p.revoked")) {
                find.setObject(1, seat);
                find.setString(2, Participant.botKey(seat));
                try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                        claims.add(new Claim(seat, row.getObject(1, UUID.class), row.getString(2),
                                row.getObject(3, UUID.class), row.getString(4)));
                    }
                }
            }
        }
        return claims;
    }

    private static Set<UUID> seats(ResultSet rows) throws SQLException {
        Set<UUID> seats = new HashSet<>();
        try (rows) {
            while (rows.next()) {
                seats.add(rows.getObject(1, UUID.class));
            }
        }
        return seats;
    }
}
