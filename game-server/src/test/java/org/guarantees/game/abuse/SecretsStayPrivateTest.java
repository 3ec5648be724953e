package org.guarantees.game.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays a whole game with private talks and private offers between every pair, then reads every frame and REST answer
 * each seat got: no other role's brief or points, no private chat or offer note between others, ever appears in them.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class SecretsStayPrivateTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void noSeatEverReceivesAnotherRolesBriefOrAPrivateChatBetweenOthers() {
        Scenario scenario = new ScenarioCatalog(java.util.Optional.empty()).defaultScenario();
        TableFixture table = TableFixture.seatedTable();
        Map<String, SeatClient> seats = new LinkedHashMap<>();
        Map<String, List<JsonNode>> received = new LinkedHashMap<>();
        TableFixture.ROLES.forEach(role -> seats.put(role, table.connect(base, role, 0)));
        JsonNode welcome = seats.get("usa").await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
        table.instructor("start");

        List<SecretsSearch.PrivateLine> privateLines = new ArrayList<>();
        for (String from : TableFixture.ROLES) {
            for (String to : TableFixture.ROLES) {
                if (!from.equals(to)) {
                    String text = "secret " + from + " to " + to + " " + System.nanoTime();
                    seats.get(from).reply(seats.get(from).send(SeatClient.move("chat").put("to", to).put("text", text)));
                    privateLines.add(new SecretsSearch.PrivateLine(from, to, text));
                }
            }
        }
        // a private offer's note is seen by its two roles only, like a private line
        JsonNode issues = welcome.path("scenario").path("issues");
        for (String from : TableFixture.ROLES) {
            for (String to : TableFixture.ROLES) {
                if (!from.equals(to)) {
                    String note = "offer note " + from + " to " + to + " " + System.nanoTime();
                    var offer = SeatClient.move("offer").put("to", to).put("note", note);
                    offer.putObject("give").put("issue", issues.get(0).path("id").asText())
                            .put("option", issues.get(0).path("options").get(1).path("id").asText());
                    offer.putObject("want").put("issue", issues.get(1).path("id").asText())
                            .put("option", issues.get(1).path("options").get(1).path("id").asText());
                    JsonNode reply = seats.get(from).reply(seats.get(from).send(offer));
                    assertThat(reply.path("type").asText()).as(reply.toString()).isEqualTo("ack");
                    privateLines.add(new SecretsSearch.PrivateLine(from, to, note));
                }
            }
        }
        seats.get("usa").reply(seats.get("usa").send(SeatClient.move("propose").put("baseVersion", 0)
                .set("options", TableFixture.firstOptions(welcome))));
        for (String role : TableFixture.ROLES) {
            seats.get(role).reply(seats.get(role).send(SeatClient.move("sign").put("version", 1)));
        }
        seats.values().forEach(s -> s.await(f -> f.path("event").asText().equals("deal.rated"), Duration.ofSeconds(30)));
        // a late reconnect replays history: it must be filtered the same way
        TableFixture.ROLES.forEach(role -> {
            try (SeatClient again = table.connect(base, role, 0)) {
                again.await(f -> f.path("event").asText().equals("deal.rated"), Duration.ofSeconds(10));
                List<JsonNode> frames = new ArrayList<>(seats.get(role).received());
                frames.addAll(again.received());
                frames.add(table.joinedByRole.get(role));
                frames.add(SecretsSearch.read(given().get("/api/v1/scenarios").asString()));
                received.put(role, frames);
            }
        });

        SecretsSearch search = new SecretsSearch(scenario);
        TableFixture.ROLES.forEach(viewer -> search.assertOnlyOwnSecrets(viewer, received.get(viewer), privateLines));
        seats.values().forEach(SeatClient::close);
    }
}
