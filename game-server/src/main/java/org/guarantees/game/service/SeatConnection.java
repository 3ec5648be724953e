package org.guarantees.game.service;

import io.quarkus.websockets.next.WebSocketConnection;

import java.util.UUID;

/** An open WebSocket of one participant, acting as one role. */
public record SeatConnection(WebSocketConnection socket, UUID tableId, String role, UUID participantId) {

    public void send(String frame) {
        if (socket.isOpen()) {
            socket.sendText(frame).subscribe().with(ok -> { }, failure -> { });
        }
    }
}
