package org.guarantees.game.websocket;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds clients that vanished without a close frame (a laptop lid shut, a dropped network): the server pings every
 * socket, and one that has answered neither a ping nor sent anything for a few ping intervals is closed and its
 * resources freed.
 */
@ApplicationScoped
public class ConnectionLiveness {
    private static final Logger LOG = Logger.getLogger(ConnectionLiveness.class);
    static final int MISSED_PINGS_BEFORE_CLOSE = 3;

    private record Watched(WebSocketConnection socket, Consumer<WebSocketConnection> release, long lastHeardNanos) {
    }

    private final Map<String, Watched> sockets = new ConcurrentHashMap<>();
    private final long silenceLimitNanos;

    public ConnectionLiveness(@ConfigProperty(name = "quarkus.websockets-next.server.auto-ping-interval") Duration ping) {
        this.silenceLimitNanos = ping.toNanos() * MISSED_PINGS_BEFORE_CLOSE;
    }

    void watch(WebSocketConnection socket, Consumer<WebSocketConnection> release) {
        sockets.put(socket.id(), new Watched(socket, release, System.nanoTime()));
    }

    void heard(WebSocketConnection socket) {
        sockets.computeIfPresent(socket.id(), (id, w) -> new Watched(w.socket(), w.release(), System.nanoTime()));
    }

    void forget(WebSocketConnection socket) {
        sockets.remove(socket.id());
    }

    public int open() {
        return sockets.size();
    }

    @Scheduled(every = "${game.ws.liveness-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeSilentSockets() {
        long now = System.nanoTime();
        sockets.values().stream().filter(w -> now - w.lastHeardNanos() > silenceLimitNanos).forEach(w -> {
            LOG.debugf("closing silent socket %s", w.socket().id());
            sockets.remove(w.socket().id());
            w.release().accept(w.socket());
            w.socket().close().subscribe().with(ok -> { }, err -> { });
        });
    }
}
