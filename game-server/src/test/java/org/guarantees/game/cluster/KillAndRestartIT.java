package org.guarantees.game.cluster;

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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGKILL the only game-server mid-game: after a restart every acknowledged move is in the table's log. */
class KillAndRestartIT {
    private static ClusterFixture cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new ClusterFixture(1);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void everyAcknowledgedMoveSurvivesAKilledProcess() {
        JarProcess server = cluster.game(0);
        cluster.useForRest(server);
        TableFixture table = TableFixture.seatedTable();
        table.instructor("start");
        SeatClient ukraine = table.connect(server.uri(), "ukraine", 0);
        SeatClient russia = table.connect(server.uri(), "russia", 0);
        Map<String, Long> acknowledged = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            SeatClient seat = i % 2 == 0 ? ukraine : russia;
            String id = seat.send(SeatClient.move("chat").put("text", "line " + i));
            if (i == 29) {
                break; // the last one is in flight when the process dies: acknowledged or not, never half-applied
            }
            JsonNode reply = seat.reply(id);
            assertThat(reply.path("type").asText()).isEqualTo("ack");
            acknowledged.put(id, reply.path("seq").asLong());
        }
        server.kill();
        server.start();

        SeatClient back = table.connect(server.uri(), "ukraine", 0);
        back.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
        long lastSeq = back.received().get(0).path("state").path("lastSeq").asLong();
        back.await(f -> f.path("seq").asLong() == lastSeq, Duration.ofSeconds(10));
        Map<Long, String> textBySeq = new HashMap<>();
        Set<Long> seqs = new HashSet<>();
        for (JsonNode frame : back.received()) {
            if (frame.path("type").asText().equals("event")) {
                assertThat(seqs.add(frame.path("seq").asLong())).as("no duplicate seq").isTrue();
                textBySeq.put(frame.path("seq").asLong(), frame.path("data").path("text").asText());
            }
        }
        acknowledged.values().forEach(seq -> assertThat(textBySeq).containsKey(seq));
        assertThat(lastSeq).isGreaterThanOrEqualTo(1 + acknowledged.size());
        // a retried message after the restart is recognised, not applied twice
        String firstId = acknowledged.entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
        String retry = back.send(SeatClient.move("chat").put("id", firstId).put("text", "line 0"));
        JsonNode reply = back.reply(retry);
        assertThat(reply.path("duplicate").asBoolean()).isTrue();
        assertThat(reply.path("seq").asLong()).isEqualTo(2);
        ukraine.close();
        russia.close();
        back.close();
    }
}
