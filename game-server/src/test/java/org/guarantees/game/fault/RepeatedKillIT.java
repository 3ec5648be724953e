package org.guarantees.game.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.ClusterFixture;
import org.guarantees.game.support.JarProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILLs a game-server process at random moments while four seats keep playing, twenty times over, alternating
 * between two processes. Seats on the killed process resume on the other one with their last sequence number and retry
 * unacknowledged moves with the same ids. At the end every acknowledged move is in the log exactly once, in one
 * gap-free order, and every seat has resumed.
 */
class RepeatedKillIT {
    static final int KILLS = 20;
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
    void twentyKillsAtRandomMomentsLoseNoAcknowledgedMove() throws Exception {
        cluster.useForRest(cluster.game(0));
        TableFixture table = TableFixture.seatedTable();
        table.instructor("start");
        Random random = new Random(20261122);
        Map<String, ResilientSeat> seats = new HashMap<>();
        for (String role : TableFixture.ROLES) {
            seats.put(role, new ResilientSeat(table, role, cluster.gameServers));
        }
        for (int kill = 0; kill < KILLS; kill++) {
            JarProcess victim = cluster.game(kill % 2);
            long delay = 300 + random.nextInt(1200);
            // the kill lands at a random moment, possibly between a move's commit and its acknowledgement
            Thread killer = new Thread(() -> {
                sleep(delay);
                victim.kill();
            });
            killer.start();
            while (killer.isAlive()) {
                seats.values().forEach(ResilientSeat::chatOnce);
            }
            seats.values().forEach(ResilientSeat::chatOnce); // the killed process's seats move to the survivor
            victim.start();
        }
        seats.values().forEach(ResilientSeat::settle);

        try (SeatClient auditor = SeatClient.connect(cluster.game(0).uri(), table.tableId, table.tokenByRole.get("usa"), 0)) {
            long lastSeq = auditor.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10))
                    .path("state").path("lastSeq").asLong();
            auditor.await(f -> f.path("seq").asLong() == lastSeq, Duration.ofSeconds(20));
            Map<Long, String> textBySeq = new HashMap<>();
            long expected = 1;
            for (JsonNode frame : auditor.received()) {
                if (frame.path("type").asText().equals("event")) {
                    assertThat(frame.path("seq").asLong()).as("gap-free, in order, once").isEqualTo(expected++);
                    textBySeq.put(frame.path("seq").asLong(), frame.path("data").path("text").asText(null));
                }
            }
            long acknowledged = 0;
            for (ResilientSeat seat : seats.values()) {
                for (Map.Entry<String, Long> ack : seat.acknowledged.entrySet()) {
                    assertThat(textBySeq.get(ack.getValue())).as("acknowledged move " + ack.getKey()).isEqualTo(ack.getKey());
                    acknowledged++;
                }
                assertThat(seat.resumed).as(seat.role + " resumed after kills").isGreaterThan(0);
            }
            assertThat(textBySeq.values().stream().filter(t -> t != null && t.startsWith("m-")).distinct().count())
                    .as("no move applied twice").isEqualTo(textBySeq.values().stream()
                            .filter(t -> t != null && t.startsWith("m-")).count());
            assertThat(acknowledged).isGreaterThan(KILLS * 4L);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A seat that reconnects to whichever process is alive and retries an unacknowledged move with the same id. */
    private static final class ResilientSeat {
        final String role;
        final Map<String, Long> acknowledged = new HashMap<>();
        int resumed;
        private final TableFixture table;
        private final List<JarProcess> servers;
        private SeatClient socket;
        private long lastSeq;
        private String pending;
        private int counter;

        ResilientSeat(TableFixture table, String role, List<JarProcess> servers) {
            this.table = table;
            this.role = role;
            this.servers = servers;
            connect();
        }

        void chatOnce() {
            if (pending == null) {
                pending = "m-" + role + "-" + counter++;
            }
            try {
                if (socket == null) {
                    connect();
                    resumed++;
                }
                JsonNode reply = socket.reply(socket.send(SeatClient.move("chat").put("id", pending).put("text", pending)),
                        Duration.ofSeconds(3));
                if (reply.path("type").asText().equals("ack")) {
                    acknowledged.put(pending, reply.path("seq").asLong());
                    pending = null;
                }
                track();
            } catch (RuntimeException | AssertionError lost) {
                drop();
            }
        }

        void settle() {
            for (int i = 0; i < 20 && pending != null; i++) {
                chatOnce();
            }
            assertThat(pending).as(role + " got its last move acknowledged").isNull();
        }

        private void connect() {
            RuntimeException last = null;
            for (JarProcess server : servers) {
                if (!server.ready()) {
                    continue;
                }
                try {
                    socket = SeatClient.connect(server.uri(), table.tableId, table.tokenByRole.get(role), lastSeq);
                    socket.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(5));
                    return;
                } catch (RuntimeException | AssertionError e) {
                    last = new IllegalStateException(e);
                }
            }
            throw last != null ? last : new IllegalStateException("no live game server");
        }

        private void track() {
            socket.received().stream().filter(f -> f.path("type").asText().equals("event"))
                    .mapToLong(f -> f.path("seq").asLong()).max().ifPresent(seq -> lastSeq = Math.max(lastSeq, seq));
        }

        private void drop() {
            if (socket != null) {
                socket.close();
            }
            socket = null;
        }
    }
}
