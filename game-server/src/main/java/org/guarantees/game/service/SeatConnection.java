package org.guarantees.game.service;

import java.util.UUID;

/** An open line of one participant to a table, acting as one role. */
public record SeatConnection(SeatLine line, UUID tableId, String role, UUID participantId) {

    public void send(String frame) {
        line.send(frame);
    }

    public void close() {
        line.close();
    }
}
