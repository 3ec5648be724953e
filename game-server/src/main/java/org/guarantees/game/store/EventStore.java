package org.guarantees.game.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.GameEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only, gap-free event log of every table, in PostgreSQL. */
@ApplicationScoped
public class EventStore {
    public static final String CHANNEL = "table_events";
    private static final String INSERT = "INSERT INTO table_event (table_id, seq, type, actor, audience, client_msg_id,"
            + " payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final String SELECT = "SELECT seq, type, actor, audience, client_msg_id, payload, created_at"
            + " FROM table_event WHERE table_id = ? AND seq > ? ORDER BY seq";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public EventStore(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public List<GameEvent> loadAfter(UUID tableId, long afterSeq) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setObject(1, tableId);
            ps.setLong(2, afterSeq);
            List<GameEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
            return events;
        }
    }

    /**
     * Adds the events of every table in the batch to the connection's current transaction, in one round trip; the
     * caller commits.
     */
    public void append(Connection c, Map<UUID, List<GameEvent>> eventsByTable) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Map.Entry<UUID, List<GameEvent>> table : eventsByTable.entrySet()) {
                for (GameEvent e : table.getValue()) {
                    ps.setObject(1, table.getKey());
                    ps.setLong(2, e.seq());
                    ps.setString(3, e.type());
                    ps.setString(4, e.actor());
                    ps.setString(5, e.audience().isEmpty() ? null : String.join(",", e.audience()));
                    ps.setString(6, e.clientMsgId());
                    ps.setString(7, write(e.data()));
                    ps.setTimestamp(8, Timestamp.from(e.at()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Tells every game-server process which tables have new events, one notification per table, in one statement;
     * delivered when the transaction commits.
     */
    public void announce(Connection c, Map<UUID, Long> lastSeqByTable, String origin) throws SQLException {
        String[] payloads = lastSeqByTable.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue() + ":" + origin).toArray(String[]::new);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, p) FROM unnest(?::text[]) AS p")) {
            ps.setString(1, CHANNEL);
            ps.setArray(2, c.createArrayOf("text", payloads));
            ps.execute();
        }
    }

    private GameEvent read(ResultSet rs) throws SQLException {
        String audience = rs.getString("audience");
        try {
            return new GameEvent(rs.getLong("seq"), rs.getString("type"), rs.getString("actor"),
                    audience == null ? List.of() : Arrays.asList(audience.split(",")), rs.getString("client_msg_id"),
                    (ObjectNode) json.readTree(rs.getString("payload")), rs.getTimestamp("created_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable event payload", e);
        }
    }

    private String write(ObjectNode data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
