package org.guarantees.game.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.guarantees.game.store.EventStore;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

/**
 * Hears, through PostgreSQL LISTEN/NOTIFY, that another game-server process committed events, and has this process
 * catch up the tables it serves. After a lost connection every loaded table is caught up, so nothing is missed.
 */
@ApplicationScoped
public class PeerListener {
    private static final Logger LOG = Logger.getLogger(PeerListener.class);

    private final AgroalDataSource dataSource;
    private final MoveProcessor processor;
    private final TableRegistry registry;
    private final BatchCommitter committer;
    private volatile Thread thread;

    public PeerListener(AgroalDataSource dataSource, MoveProcessor processor, TableRegistry registry,
                        BatchCommitter committer) {
        this.dataSource = dataSource;
        this.processor = processor;
        this.registry = registry;
        this.committer = committer;
    }

    void start(@Observes StartupEvent ignored) {
        thread = new Thread(this::listenForever, "peer-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listenForever() {
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + EventStore.CHANNEL);
                }
                registry.all().forEach(t -> processor.onTable(t.tableId(), runtime -> { }));
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!Thread.currentThread().isInterrupted()) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            onNotification(n.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                LOG.debugf("peer listener reconnecting: %s", e.getMessage());
                sleep();
            }
        }
    }

    private void onNotification(String payload) {
        String[] parts = payload.split(":");
        if (parts.length != 3 || parts[2].equals(committer.nodeId())) {
            return;
        }
        UUID tableId = UUID.fromString(parts[0]);
        long seq = Long.parseLong(parts[1]);
        registry.loaded(tableId).filter(t -> t.state().lastSeq() < seq)
                .ifPresent(t -> processor.onTable(tableId, runtime -> { }));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
