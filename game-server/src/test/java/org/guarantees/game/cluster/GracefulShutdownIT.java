package org.guarantees.game.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.ClusterFixture;
import org.guarantees.game.support.JarProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two game-server processes, seats spread over both, one process goes away mid-game as a pod does in a rolling update
 * (SIGTERM) or when its node dies (SIGKILL): its seats resume on the survivor from the last sequence number they saw
 * and every acknowledged move is there.
 */
class GracefulShutdownIT {
    private static final int SERVICE_RESTART = 1012;
    private static ClusterFixture cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new ClusterFixture(2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @BeforeEach
    void bothProcessesRun() {
        if (!cluster.game(0).running()) {
            cluster.game(0).start();
        }
        cluster.useForRest(cluster.game(1));
    }

    @Test
    void aTerminatedProcessTellsItsSeatsToReconnectAndTheyResumeOnTheSurvivor() {
        Table table = Table.spreadOver(cluster.game(0), cluster.game(1));
        table.chatFromEverySeat(5);
        table.survivorWillTakeOver(JarProcess::terminate, moved -> {
            moved.await(f -> f.path("type").asText().equals("reconnect"), Duration.ofSeconds(15));
            awaitClosed(moved);
            assertThat(moved.closeCode()).as("close code of a service restart").isEqualTo(SERVICE_RESTART);
        });
        table.chatFromEverySeat(5);
        table.assertEverySeatHoldsEveryAcknowledgedMove();
        table.close();
    }

    @Test
    void aKilledProcessDropsItsSocketsAndItsSeatsResumeOnTheSurvivor() {
        Table table = Table.spreadOver(cluster.game(0), cluster.game(1));
        table.chatFromEverySeat(5);
        table.survivorWillTakeOver(JarProcess::kill, moved -> {
            awaitClosed(moved);
            assertThat(moved.closeCode()).as("no close frame comes from a killed process").isNotEqualTo(SERVICE_RESTART);
            assertThat(moved.received()).noneMatch(f -> f.path("type").asText().equals("reconnect"));
        });
        table.chatFromEverySeat(5);
        table.assertEverySeatHoldsEveryAcknowledgedMove();
        table.close();
    }

    private static void awaitClosed(SeatClient seat) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!seat.isClosed() && System.currentTimeMillis() < deadline) {
            sleep(50);
        }
        assertThat(seat.isClosed()).as("the client noticed its socket is gone").isTrue();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One table whose Ukraine and Russia seats sit on the first process, the United States and Europe on the second. */
    private static final class Table {
        private final TableFixture fixture;
        private final JarProcess doomed;
        private final JarProcess survivor;
        private final Map<String, Seat> seats = new HashMap<>();
        private final Map<String, Long> acknowledged = new HashMap<>();

        private Table(TableFixture fixture, JarProcess doomed, JarProcess survivor) {
            this.fixture = fixture;
            this.doomed = doomed;
            this.survivor = survivor;
        }

        static Table spreadOver(JarProcess doomed, JarProcess survivor) {
            Table table = new Table(TableFixture.seatedTable(), doomed, survivor);
            table.fixture.instructor("start");
            for (String role : TableFixture.ROLES) {
                JarProcess server = role.equals("ukraine") || role.equals("russia") ? doomed : survivor;
                table.seats.put(role, new Seat(table.fixture.connect(server.uri(), role, 0), server));
            }
            return table;
        }

        void chatFromEverySeat(int linesEach) {
            for (int i = 0; i < linesEach; i++) {
                for (String role : TableFixture.ROLES) {
                    SeatClient client = seats.get(role).client;
                    String id = client.send(SeatClient.move("chat").put("text", role + " line " + acknowledged.size()));
                    JsonNode reply = client.reply(id);
                    assertThat(reply.path("type").asText()).as(reply.toString()).isEqualTo("ack");
                    acknowledged.put(id, reply.path("seq").asLong());
                }
            }
        }

        /** Stops the first process, checks what its seats saw, and reconnects them to the survivor. */
        void survivorWillTakeOver(Consumer<JarProcess> stop, Consumer<SeatClient> whatTheMovedSeatSaw) {
            stop.accept(doomed);
            seats.replaceAll((role, seat) -> {
                if (seat.server != doomed) {
                    return seat;
                }
                whatTheMovedSeatSaw.accept(seat.client);
                long since = seat.lastSeqSeen();
                Seat moved = new Seat(fixture.connect(survivor.uri(), role, since), survivor);
                moved.eventsBefore.putAll(seat.events());
                return moved;
            });
        }

        void assertEverySeatHoldsEveryAcknowledgedMove() {
            long last = acknowledged.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            seats.forEach((role, seat) -> {
                seat.client.await(f -> f.path("seq").asLong() >= last && f.path("type").asText().equals("event"),
                        Duration.ofSeconds(15));
                Map<Long, JsonNode> events = new HashMap<>(seat.eventsBefore);
                events.putAll(seat.events());
                for (long seq = 1; seq <= last; seq++) {
                    assertThat(events).as(role + " saw a gap-free log").containsKey(seq);
                }
                acknowledged.values().forEach(seq -> assertThat(events.get(seq).path("event").asText())
                        .as(role + " holds acknowledged move " + seq).isEqualTo("chat.posted"));
            });
        }

        void close() {
            seats.values().forEach(seat -> seat.client.close());
        }
    }

    private static final class Seat {
        final SeatClient client;
        final JarProcess server;
        final Map<Long, JsonNode> eventsBefore = new HashMap<>();

        Seat(SeatClient client, JarProcess server) {
            this.client = client;
            this.server = server;
        }

        Map<Long, JsonNode> events() {
            Map<Long, JsonNode> events = new HashMap<>();
            client.received().stream().filter(f -> f.path("type").asText().equals("event"))
                    .forEach(f -> events.put(f.path("seq").asLong(), f));
            return events;
        }

        long lastSeqSeen() {
            return events().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
