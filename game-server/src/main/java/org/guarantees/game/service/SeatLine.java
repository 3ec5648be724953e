package org.guarantees.game.service;

/**
 * Where a seat's frames go: a browser's WebSocket, or a bot played inside this process. Either gets exactly the frames
 * the seat may see, from the same {@link Broadcaster} and {@link Welcome}.
 */
public interface SeatLine {
    int NORMAL_CLOSURE = 1000;

    /** Unique among this process's open lines. */
    String id();

    void send(String frame);

    void close(int code, String reason);

    default void close() {
        close(NORMAL_CLOSURE, "");
    }
}
