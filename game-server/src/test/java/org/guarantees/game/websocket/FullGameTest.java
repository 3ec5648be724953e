package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class FullGameTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void fourSeatsJoinNegotiateSignAndGetTheRatingAndTheirBriefScores() {
        TableFixture table = TableFixture.seatedTable();
        Map<String, SeatClient> seats = new LinkedHashMap<>();
        for (String role : TableFixture.ROLES) {
            seats.put(role, table.connect(base, role, 0));
        }
        JsonNode welcome = seats.get("ukraine").await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
        assertThat(welcome.path("role").asText()).isEqualTo("ukraine");
        assertThat(welcome.path("brief").path("background").asText()).isNotBlank();
        assertThat(welcome.path("state").path("phase").asText()).isEqualTo("LOBBY");

        table.instructor("start");
        seats.values().forEach(s -> s.event("table.started"));

        String proposal = seats.get("usa").send(SeatClient.move("propose").put("baseVersion", 0)
                .set("options", TableFixture.firstOptions(welcome)));
        assertThat(seats.get("usa").reply(proposal).path("type").asText()).isEqualTo("ack");
        JsonNode proposed = seats.get("russia").event("draft.proposed");
        assertThat(proposed.path("data").path("version").asInt()).isEqualTo(1);
        assertThat(proposed.path("you").path("role").asText()).isEqualTo("russia");
        assertThat(proposed.path("you").has("draftPoints")).isTrue();

        String preview = seats.get("ukraine").send(SeatClient.move("what-if"));
        JsonNode whatIf = seats.get("ukraine").reply(preview);
        assertThat(whatIf.path("type").asText()).isEqualTo("what-if");
        assertThat(whatIf.path("report").path("score").asInt(-1)).isBetween(0, 100);
        String tooSoon = seats.get("ukraine").send(SeatClient.move("what-if"));
        assertThat(seats.get("ukraine").reply(tooSoon).path("code").asText()).isEqualTo("RATE_LIMITED");

        for (String role : TableFixture.ROLES) {
            String id = seats.get(role).send(SeatClient.move("sign").put("version", 1));
            assertThat(seats.get(role).reply(id).path("type").asText()).as(role + " signs").isEqualTo("ack");
        }
        for (SeatClient seat : seats.values()) {
            JsonNode concluded = seat.event("table.concluded");
            assertThat(concluded.path("you").path("finalPoints").isInt()).isTrue();
            assertThat(concluded.path("you").has("gainOverNoDeal")).isTrue();
        }
        JsonNode rated = seats.get("europe").event("deal.rated");
        int score = rated.path("data").path("report").path("score").asInt(-1);
        assertThat(score).isBetween(0, 100);
        seats.values().forEach(SeatClient::close);
    }
}
