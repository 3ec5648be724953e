package org.guarantees.game.fault;

import org.guarantees.game.support.ClusterFixture;
import org.guarantees.game.support.JarProcess;
import org.guarantees.game.support.SeatedTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILLs a game-server process at random moments while many tables play, twenty times over, alternating between two
 * processes. Every seat of every table plays the load generator's mix (chat, amendments, stances, proposals,
 * signatures); seats on the killed process resume on the other one with their last sequence number and retry their
 * unanswered move with the same id. At the end every table's log is replayed: every acknowledged move is in it exactly
 * once at its acknowledged seq, the log is gap-free, and every seat resumed after the kills that hit it.
 * <p>
 * The defaults (25 tables, 100 seats) keep the run within a few minutes on two cores; a heavier run by hand:
 * {@code -Dkill.tables=250} (1,000 seats), {@code -Dkill.count}, {@code -Dkill.thinkMs} (a seat's mean pause between
 * an answer and its next move).
 */
class RepeatedKillIT {
    static final int KILLS = Integer.getInteger("kill.count", 20);
    static final int TABLES = Integer.getInteger("kill.tables", 25);
    static final long THINK_MS = Long.getLong("kill.thinkMs", 250);
    /** Refusals that honest contention between four seats produces: an amendment on a version another seat changed. */
    static final Set<String> EXPECTED_REFUSALS = Set.of("STALE_VERSION", "NO_CHANGE", "DRAFT_FROZEN", "NOT_ALLOWED");
    private static ClusterFixture cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new ClusterFixture(2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void killsAtRandomMomentsUnderLoadLoseNoAcknowledgedMove() throws Exception {
        cluster.useForRest(cluster.game(0));
        long seating = System.nanoTime();
        List<SeatedTables.Table> tables = SeatedTables.started(TABLES, 240);
        List<URI> servers = cluster.gameServers.stream().map(JarProcess::uri).toList();
        Random random = new Random(20261122);
        KillFigures figures = new KillFigures();
        try (PlayingTables load = new PlayingTables(tables, servers, THINK_MS)) {
            load.start(Duration.ofSeconds(60));
            log("%d seats seated and connected in %d ms", load.seats.size(), millisSince(seating));
            long firstKill = System.nanoTime();
            for (int kill = 0; kill < KILLS; kill++) {
                // a random moment of play: the kill may land between a move's commit and its acknowledgement
                Thread.sleep(300 + random.nextInt(1200));
                killAndRestart(kill, load, figures);
            }
            long settling = System.nanoTime();
            load.settle(Duration.ofSeconds(90));
            long auditing = System.nanoTime();
            TableLogAudit audit = TableLogAudit.of(load.seats, servers);
            log("settled in %d ms, logs replayed and checked in %d ms", (auditing - settling) / 1_000_000,
                    millisSince(auditing));
            log("%s", figures.summary(load.seats, tables.size(), audit));

            assertThat(audit.failures).as(audit.report()).isEmpty();
            assertSeatsResumedCleanly(load.seats, firstKill);
            // far more moves than kills per seat, or the kills did not run under load
            assertThat(load.seats.stream().mapToLong(s -> s.ledger.acknowledged().size()).sum())
                    .as("moves acknowledged").isGreaterThan((long) KILLS * load.seats.size());
            assertThat(load.seats.stream().mapToInt(s -> s.ledger.retriedMoves()).sum())
                    .as("moves retried after a kill").isPositive();
        }
    }

    /** SIGKILLs one process in turn and starts it again, while its seats resume on the other one. */
    private static void killAndRestart(int kill, PlayingTables load, KillFigures figures) throws InterruptedException {
        int victim = kill % 2;
        List<ResilientSeat> hit = load.connectedTo(victim);
        long killedAt = System.nanoTime();
        cluster.game(victim).kill();
        cluster.game(victim).start();
        long restartMillis = millisSince(killedAt);
        List<Long> resumes = resumeMillis(hit, killedAt, kill);
        figures.kill(hit.size(), resumes);
        log("kill %d of process %d hit %d seats; restarted in %d ms; its seats caught up on the other process"
                + " within %d ms", kill + 1, victim, hit.size(), restartMillis,
                resumes.stream().mapToLong(t -> t).max().orElse(0));
    }

    /** Waits until every seat that was on the killed process has caught up on another one; their resume times. */
    private static List<Long> resumeMillis(List<ResilientSeat> hit, long killedAt, int kill)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Long> millis = new ArrayList<>();
        for (ResilientSeat seat : hit) {
            long at;
            while ((at = seat.caughtUpAfter(killedAt)) < 0) {
                String who = seat.role + " of " + seat.tableId;
                assertThat(System.nanoTime()).as(who + " resumed after kill " + (kill + 1)).isLessThan(deadline);
                Thread.sleep(20);
            }
            millis.add((at - killedAt) / 1_000_000);
        }
        return millis;
    }

    /** Every seat resumed at least once, saw no gap or repeat across its connections, and was refused only honestly. */
    private static void assertSeatsResumedCleanly(List<ResilientSeat> seats, long firstKill) {
        List<String> anomalies = new ArrayList<>();
        Map<String, Integer> refusals = new TreeMap<>();
        for (ResilientSeat seat : seats) {
            seat.ledger.anomalies().forEach(a -> anomalies.add(seat.tableId + " " + seat.role + ": " + a));
            seat.ledger.refusals().forEach((code, n) -> refusals.merge(code, n, Integer::sum));
            assertThat(seat.caughtUpAfter(firstKill)).as(seat.role + " of " + seat.tableId + " resumed").isPositive();
        }
        assertThat(anomalies).as("what the seats saw across reconnections").isEmpty();
        assertThat(EXPECTED_REFUSALS).as("refusals").containsAll(refusals.keySet());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void log(String format, Object... args) {
        System.out.println("RepeatedKillIT: " + String.format(format, args));
    }
}
