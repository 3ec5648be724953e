package org.guarantees.game.websocket;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;
import org.guarantees.game.service.Frames;
import org.guarantees.game.service.SeatConnection;
import org.guarantees.game.service.SeatSessions;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A seat's live line to its table. The token was checked at the upgrade ({@link SeatUpgradeCheck}); on open the seat
 * gets its welcome and every event after {@code since}, then every new event it may see, in order.
 */
@WebSocket(path = "/ws/tables/{tableId}")
public class TableSocket {
    private final Map<String, SeatConnection> seats = new ConcurrentHashMap<>();
    private final SeatSessions sessions;
    private final Frames frames;
    private final ProtocolHandler protocol;
    private final ConnectionLiveness liveness;

    public TableSocket(SeatSessions sessions, Frames frames, ProtocolHandler protocol, ConnectionLiveness liveness,
                       MeterRegistry metrics) {
        this.sessions = sessions;
        this.frames = frames;
        this.protocol = protocol;
        this.liveness = liveness;
        metrics.gauge("game.sockets.open", seats, Map::size);
    }

    @OnOpen
    @NonBlocking
    public void onOpen(WebSocketConnection connection) {
        UUID tableId = UUID.fromString(connection.pathParam("tableId"));
        SeatConnection seat = new SeatConnection(new SocketLine(connection), tableId,
                connection.userData().get(SeatUpgradeCheck.ROLE), SeatUpgradeCheck.participant(connection));
        seats.put(connection.id(), seat);
        liveness.watch(connection, this::release);
        long since = QueryParams.longValue(connection.handshakeRequest().query(), "since", 0);
        sessions.open(seat, since).whenComplete((ok, failure) -> {
            if (failure != null) {
                seat.send(frames.error(null, "STORAGE_UNAVAILABLE", "the table could not be loaded; reconnect", true));
                connection.close().subscribe().with(done -> { }, err -> { });
            }
        });
    }

    @OnTextMessage
    @NonBlocking
    public void onMessage(String message, WebSocketConnection connection) {
        SeatConnection seat = seats.get(connection.id());
        if (seat != null) {
            liveness.heard(connection);
            protocol.handle(seat, message);
        }
    }

    @OnPongMessage
    @NonBlocking
    public void onPong(Buffer data, WebSocketConnection connection) {
        liveness.heard(connection);
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        liveness.forget(connection);
        release(connection);
    }

    /** Frees what a socket held; called on close, and by the liveness check for a client that vanished. */
    private void release(WebSocketConnection connection) {
        SeatConnection seat = seats.remove(connection.id());
        protocol.forget(connection.id());
        if (seat != null) {
            sessions.close(seat);
        }
    }
}
