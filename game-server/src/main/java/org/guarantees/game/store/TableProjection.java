package org.guarantees.game.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.TableState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

/** Keeps the listing columns of game_table in step with the log, in the same transaction as the events. */
@ApplicationScoped
public class TableProjection {
    private static final String UPDATE = "UPDATE game_table SET phase = ?, last_seq = ?, draft_version = ?, round = ?,"
            + " signatures = ?, deadline_at = ?, last_activity_at = ?, signing_closes_at = ? WHERE id = ?";

    /** Updates every table of the batch in one round trip. */
    public void update(Connection c, Map<UUID, TableState> states) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            for (Map.Entry<UUID, TableState> entry : states.entrySet()) {
                TableState state = entry.getValue();
                ps.setString(1, state.phase().name());
                ps.setLong(2, state.lastSeq());
                ps.setInt(3, state.version());
                ps.setInt(4, state.round());
                ps.setInt(5, state.signatures().size());
                ps.setTimestamp(6, state.deadline() == null ? null : Timestamp.from(state.deadline()));
                ps.setTimestamp(7, Timestamp.from(state.lastActivity()));
                ps.setTimestamp(8, state.signing() == null ? null : Timestamp.from(state.signing().closesAt()));
                ps.setObject(9, entry.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
