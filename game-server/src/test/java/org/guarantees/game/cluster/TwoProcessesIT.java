package org.guarantees.game.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.ClusterFixture;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two game-server processes on one database: any process serves any table, and a killed one loses nothing. */
class TwoProcessesIT {
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
    void movesCommittedByOneProcessReachSeatsConnectedToTheOther() {
        cluster.useForRest(cluster.game(0));
        TableFixture table = TableFixture.seatedTable();
        Map<String, SeatClient> seats = new HashMap<>();
        seats.put("ukraine", table.connect(cluster.game(0).uri(), "ukraine", 0));
        seats.put("russia", table.connect(cluster.game(0).uri(), "russia", 0));
        seats.put("usa", table.connect(cluster.game(1).uri(), "usa", 0));
        seats.put("europe", table.connect(cluster.game(1).uri(), "europe", 0));
        JsonNode welcome = seats.get("ukraine").await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));

        cluster.useForRest(cluster.game(1));
        table.instructor("start");
        seats.values().forEach(s -> s.event("table.started"));

        String id = seats.get("ukraine").send(SeatClient.move("propose").put("baseVersion", 0)
                .set("options", TableFixture.firstOptions(welcome)));
        assertThat(seats.get("ukraine").reply(id).path("type").asText()).isEqualTo("ack");
        JsonNode seenOnOtherProcess = seats.get("usa").event("draft.proposed");
        assertThat(seenOnOtherProcess.path("actor").asText()).isEqualTo("ukraine");

        String[] change = TableFixture.otherOption(welcome, seenOnOtherProcess.path("data").path("options"));
        String amend = seats.get("usa").send(SeatClient.move("amend").put("baseVersion", 1).put("issue", change[0])
                .put("option", change[1]));
        assertThat(seats.get("usa").reply(amend).path("type").asText()).isEqualTo("ack");
        assertThat(seats.get("russia").event("draft.amended").path("data").path("version").asInt()).isEqualTo(2);

        for (String role : TableFixture.ROLES) {
            String sign = seats.get(role).send(SeatClient.move("sign").put("version", 2));
            assertThat(seats.get(role).reply(sign).path("type").asText()).as(role).isEqualTo("ack");
        }
        seats.values().forEach(s -> s.event("table.concluded"));
        assertThat(seats.get("ukraine").event("deal.rated").path("data").path("report").path("score").isNumber()).isTrue();
        seats.values().forEach(SeatClient::close);
    }

    @Test
    void movesFromBothProcessesOnTheSameTableGetOneGapFreeOrder() {
        cluster.useForRest(cluster.game(0));
        TableFixture table = TableFixture.seatedTable();
        table.instructor("start");
        SeatClient onFirst = table.connect(cluster.game(0).uri(), "ukraine", 0);
        SeatClient onSecond = table.connect(cluster.game(1).uri(), "russia", 0);
        int perSeat = 40;
        for (int i = 0; i < perSeat; i++) {
            onFirst.send(SeatClient.move("chat").put("text", "ua " + i));
            onSecond.send(SeatClient.move("chat").put("text", "ru " + i));
        }
        long acks = 0;
        for (SeatClient seat : new SeatClient[]{onFirst, onSecond}) {
            for (int i = 0; i < perSeat; i++) {
                JsonNode reply = seat.await(f -> f.path("type").asText().matches("ack|error"), Duration.ofSeconds(20));
                assertThat(reply.path("type").asText()).as(reply.toString()).isEqualTo("ack");
                acks++;
            }
        }
        assertThat(acks).isEqualTo(2L * perSeat);
        // a late joiner on either process replays one gap-free sequence holding every chat line
        SeatClient replay = table.connect(cluster.game(1).uri(), "usa", 0);
        long expectedLastSeq = 1 + 2L * perSeat;
        replay.await(f -> f.path("seq").asLong() == expectedLastSeq, Duration.ofSeconds(10));
        long previous = 0;
        for (JsonNode frame : replay.received()) {
            if (frame.path("type").asText().equals("event")) {
                assertThat(frame.path("seq").asLong()).isEqualTo(previous + 1);
                previous = frame.path("seq").asLong();
            }
        }
        assertThat(previous).isEqualTo(expectedLastSeq);
        onFirst.close();
        onSecond.close();
        replay.close();
    }
}
