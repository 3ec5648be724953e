package org.guarantees.game.bot;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guarantees.game.service.MoveProcessor;
import org.guarantees.game.service.SeatConnection;
import org.guarantees.game.service.SeatSessions;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the bots whose lease this process holds, inside this process. Every check renews its leases, stops the bots
 * whose seat went back to students (or whose table ended), and claims bot seats whose lease is free or expired, so
 * exactly one process runs a given bot and a dead process's bots are taken over when its leases run out.
 */
@ApplicationScoped
public class BotLeases {
    private static final Logger LOG = Logger.getLogger(BotLeases.class);
    private final String owner = "game-" + UUID.randomUUID();
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thinking = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "bot-thinking");
        thread.setDaemon(true);
        return thread;
    });
    private final AgroalDataSource db;
    private final MoveProcessor processor;
    private final SeatSessions sessions;
    private final int leaseSeconds;
    private final BotPace pace;
    private final long stepMillis;

    private record Running(BotRunner runner, SeatConnection seat, ScheduledFuture<?> steps) {
    }

    public BotLeases(AgroalDataSource db, MoveProcessor processor, SeatSessions sessions,
                     @ConfigProperty(name = "game.bot.lease-seconds", defaultValue = "15") int leaseSeconds,
                     @ConfigProperty(name = "game.bot.think-min", defaultValue = "10s") Duration thinkMin,
                     @ConfigProperty(name = "game.bot.think-max", defaultValue = "40s") Duration thinkMax,
                     @ConfigProperty(name = "game.bot.draft-change-interval", defaultValue = "30s") Duration draftInterval) {
        this.db = db;
        this.processor = processor;
        this.sessions = sessions;
        this.leaseSeconds = leaseSeconds;
        this.pace = new BotPace(thinkMin, thinkMax, draftInterval);
        // a bot looks at its seat often enough to keep its think times; more often would only burn a core
        this.stepMillis = Math.max(50, Math.min(1000, thinkMin.toMillis() / 4));
    }

    @Scheduled(every = "${game.bot.lease-check:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try (Connection connection = db.getConnection()) {
            LeaseQueries sql = new LeaseQueries(connection, owner, leaseSeconds);
            Set<UUID> held = sql.renew();
            running.forEach((seat, bot) -> {
                if (!held.contains(seat) || bot.runner().closed()) {
                    stop(seat);
                }
            });
            sql.releaseAllBut(running.keySet());
            for (LeaseQueries.Claim claim : sql.claimFree()) {
                start(claim);
            }
        } catch (SQLException e) {
            LOG.warn("bot lease check failed; retrying at the next check", e);
        }
    }

    void stopAll(@Observes ShutdownEvent ignored) {
        running.keySet().forEach(this::stop);
        thinking.shutdownNow();
        try (Connection connection = db.getConnection()) {
            new LeaseQueries(connection, owner, leaseSeconds).releaseAllBut(Set.of());
        } catch (SQLException e) {
            LOG.debug("leases not released at shutdown; they expire on their own", e);
        }
    }

    private void start(LeaseQueries.Claim claim) {
        ConcessionStrategy strategy = Strategies.byName(claim.strategy()).orElse(TimeDependent.BOULWARE);
        BotRunner runner = new BotRunner(strategy, pace, claim.seatId().getMostSignificantBits(),
                BotRunner.Mover.of(processor, claim.tableId(), claim.role()));
        SeatConnection seat = new SeatConnection(runner, claim.tableId(), claim.role(), claim.participantId());
        ScheduledFuture<?> steps = thinking.scheduleWithFixedDelay(() -> {
            try {
                runner.step();
            } catch (RuntimeException e) {
                LOG.warn("bot step failed", e);
            }
        }, stepMillis, stepMillis, TimeUnit.MILLISECONDS);
        running.put(claim.seatId(), new Running(runner, seat, steps));
        sessions.open(seat, 0).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warnf("bot seat %s of table %s could not open: %s", claim.role(), claim.tableId(), failure.getMessage());
                runner.close();
            }
        });
        LOG.infof("bot %s plays %s at table %s", claim.strategy(), claim.role(), claim.tableId());
    }

    private void stop(UUID seatId) {
        Running bot = running.remove(seatId);
        if (bot != null) {
            bot.steps().cancel(false);
            bot.runner().close();
            sessions.close(bot.seat());
        }
    }
}
