package org.guarantees.game.websocket;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.guarantees.game.service.SeatConnection;
import org.guarantees.game.service.TableRegistry;

import java.time.Duration;

/**
 * A process that is being stopped (a rolling update, a scale-in) tells each seat to reconnect, with close code 1012
 * (service restart); the client resumes on another process from its last sequence number and loses nothing. A JVM
 * shutdown hook of its own runs at SIGTERM, alongside Quarkus's, while the sockets can still be written to (by the
 * time Quarkus fires its ShutdownEvent the HTTP layer is already draining).
 */
@ApplicationScoped
public class ShutdownNotice {
    static final int SERVICE_RESTART = 1012;
    private static final String RECONNECT = "{\"type\":\"reconnect\",\"reason\":\"server restarting\"}";

    private final TableRegistry registry;

    public ShutdownNotice(TableRegistry registry) {
        this.registry = registry;
    }

    void registerHook(@Observes StartupEvent event) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::sendEveryoneAway, "shutdown-notice"));
    }

    void sendEveryoneAway() {
        registry.all().forEach(table -> table.connections().forEach(this::sendAway));
    }

    private void sendAway(SeatConnection seat) {
        if (!(seat.line() instanceof SocketLine socket)) {
            return; // an in-process bot stops with its process; its lease passes to another
        }
        try {
            socket.connection().sendText(RECONNECT).await().atMost(Duration.ofSeconds(1));
            socket.connection().close(new CloseReason(SERVICE_RESTART, "server restarting"))
                    .await().atMost(Duration.ofSeconds(1));
        } catch (RuntimeException ignored) {
            // the client reconnects anyway when it sees the socket drop
        }
    }
}
