package org.guarantees.game.bot;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the bots whose lease this process holds. Every check renews its leases, stops the bots whose seat went back to
 * students (or whose table ended), and claims bot seats whose lease is free or expired, so exactly one process runs a
 * given bot and a dead process's bots are taken over when its leases run out.
 */
@ApplicationScoped
public class BotLeases {
    private static final Logger LOG = Logger.getLogger(BotLeases.class);
    private final String owner = "game-" + UUID.randomUUID();
    private final Map<UUID, BotRunner> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thinking = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "bot-thinking");
        thread.setDaemon(true);
        return thread;
    });
    private final AgroalDataSource db;
    private final int leaseSeconds;
    private final long thinkMillis;
    private volatile int port;

    public BotLeases(AgroalDataSource db, @ConfigProperty(name = "game.bot.lease-seconds", defaultValue = "15") int leaseSeconds,
                     @ConfigProperty(name = "game.bot.think-ms", defaultValue = "2000") long thinkMillis) {
        this.db = db;
        this.leaseSeconds = leaseSeconds;
        this.thinkMillis = thinkMillis;
    }

    void serverStarted(@Observes HttpServerStart start) {
        port = start.options().getPort();
    }

    /** The port this server listens on; a random port (0 in the options) is published as a system property once bound. */
    private int listeningPort() {
        if (port > 0) {
            return port;
        }
        String bound = System.getProperty(LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port");
        return bound == null ? 0 : Integer.parseInt(bound);
    }

    @Scheduled(every = "${game.bot.lease-check:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int listening = listeningPort();
        if (listening <= 0) {
            return;
        }
        try (Connection connection = db.getConnection()) {
            LeaseQueries sql = new LeaseQueries(connection, owner, leaseSeconds);
            Set<UUID> held = sql.renew();
            running.forEach((seat, runner) -> {
                if (!held.contains(seat) || runner.finished()) {
                    runner.stop();
                    running.remove(seat);
                }
            });
            sql.releaseAllBut(running.keySet());
            for (LeaseQueries.Claim claim : sql.claimFree()) {
                start(claim, listening);
            }
        } catch (SQLException e) {
            LOG.warn("bot lease check failed; retrying at the next check", e);
        }
    }

    void stopAll(@Observes ShutdownEvent ignored) {
        running.values().forEach(BotRunner::stop);
        thinking.shutdownNow();
        try (Connection connection = db.getConnection()) {
            new LeaseQueries(connection, owner, leaseSeconds).releaseAllBut(Set.of());
        } catch (SQLException e) {
            LOG.debug("leases not released at shutdown; they expire on their own", e);
        }
    }

    private void start(LeaseQueries.Claim claim, int port) {
        BotRunner runner = new BotRunner(Strategies.byName(claim.strategy()).orElse(TimeDependent.BOULWARE));
        running.put(claim.seatId(), runner);
        runner.connect(URI.create("ws://127.0.0.1:" + port + "/ws/tables/" + claim.tableId() + "?token="
                + claim.token() + "&since=0"));
        var task = thinking.scheduleWithFixedDelay(() -> {
            try {
                runner.step();
            } catch (RuntimeException e) {
                LOG.warn("bot step failed", e);
            }
        }, thinkMillis, thinkMillis, TimeUnit.MILLISECONDS);
        runner.onFinish(() -> task.cancel(false));
        LOG.infof("bot %s runs seat %s of table %s", claim.strategy(), claim.seatId(), claim.tableId());
    }
}
