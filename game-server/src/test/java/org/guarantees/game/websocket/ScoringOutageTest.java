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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class ScoringOutageTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aTableConcludesWhileTheScoringServiceIsDownAndIsRatedWhenItReturns() {
        TableFixture table = TableFixture.seatedTable();
        Map<String, SeatClient> seats = new LinkedHashMap<>();
        TableFixture.ROLES.forEach(role -> seats.put(role, table.connect(base, role, 0)));
        JsonNode welcome = seats.get("ukraine").await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
        table.instructor("start");
        seats.get("ukraine").send(SeatClient.move("propose").put("baseVersion", 0)
                .set("options", TableFixture.firstOptions(welcome)));
        seats.get("ukraine").event("draft.proposed");

        ScoringServiceProcess.stopProcess();
        try {
            for (String role : TableFixture.ROLES) {
                String id = seats.get(role).send(SeatClient.move("sign").put("version", 1));
                assertThat(seats.get(role).reply(id).path("type").asText()).isEqualTo("ack");
            }
            seats.get("russia").event("table.concluded");
            assertThatThrownBy(() -> seats.get("russia").await(
                    f -> f.path("event").asText().equals("deal.rated"), Duration.ofSeconds(4)))
                    .isInstanceOf(AssertionError.class);
        } finally {
            ScoringServiceProcess.startProcess();
        }
        JsonNode rated = seats.get("russia").await(f -> f.path("event").asText().equals("deal.rated"), Duration.ofSeconds(60));
        assertThat(rated.path("data").path("report").path("score").isNumber()).isTrue();
        seats.values().forEach(SeatClient::close);
    }
}
