package org.guarantees.game.websocket;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import org.guarantees.game.service.SeatLine;

/** A seat's line over a browser's WebSocket. Sends never block the caller; a failed send is the close's business. */
record SocketLine(WebSocketConnection connection) implements SeatLine {

    @Override
    public String id() {
        return connection.id();
    }

    @Override
    public void send(String frame) {
        if (connection.isOpen()) {
            connection.sendText(frame).subscribe().with(ok -> { }, failure -> { });
        }
    }

    @Override
    public void close(int code, String reason) {
        connection.close(new CloseReason(code, reason)).subscribe().with(ok -> { }, err -> { });
    }
}
