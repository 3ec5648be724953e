package org.guarantees.game.fault;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import org.guarantees.game.support.HttpChaosProxy;
import org.guarantees.game.support.JarProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.guarantees.game.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The game server's two dependencies fail under it: PostgreSQL restarts (played by cutting a relay in front of the
 * real database), and the scoring service turns slow (10 s) or answers 500 (a relay in front of the real service).
 */
class DependencyFaultsIT {
    private static JarProcess scoring;
    private static JarProcess game;
    private static TcpProxy database;
    private static HttpChaosProxy scoringRelay;

    @BeforeAll
    static void start() {
        scoring = new JarProcess(JarProcess.moduleJar("scoring-service"), JarProcess.freePort(), Map.of(), List.of()).start();
        scoringRelay = new HttpChaosProxy(scoring.url());
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/(.+)").matcher(env("TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/game_test"));
        assertThat(url.matches()).isTrue();
        database = new TcpProxy(url.group(1), url.group(2).isEmpty() ? 5432 : Integer.parseInt(url.group(2)));
        game = new JarProcess(JarProcess.moduleJar("game-server"), JarProcess.freePort(), Map.of(
                "DB_URL", "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + url.group(3),
                "DB_USER", env("TEST_DB_USER", "game"), "DB_PASSWORD", env("TEST_DB_PASSWORD", "game"),
                "SCORING_URL", scoringRelay.url(), "GAME_RATING_MAX_BACKOFF", "3s"), List.of()).start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = game.uri().getPort();
    }

    @AfterAll
    static void stop() {
        game.stop();
        database.close();
        scoringRelay.close();
        scoring.stop();
        RestAssured.reset();
    }

    @Test
    void aDatabaseRestartGivesRetryableErrorsNeverFalseAcksAndTheServerRecoversByItself() throws Exception {
        TableFixture table = TableFixture.seatedTable();
        table.instructor("start");
        try (SeatClient seat = table.connect(game.uri(), "ukraine", 0)) {
            assertThat(seat.reply(seat.send(SeatClient.move("chat").put("text", "before"))).path("type").asText())
                    .isEqualTo("ack");

            database.cut();
            waitForReadiness(503, Duration.ofSeconds(20));
            String id = "during-outage";
            JsonNode refused = seat.reply(seat.send(SeatClient.move("chat").put("id", id).put("text", "during")));
            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
            assertThat(refused.path("retryable").asBoolean()).isTrue();

            database.restore();
            waitForReadiness(200, Duration.ofSeconds(30));
            JsonNode retried = seat.reply(seat.send(SeatClient.move("chat").put("id", id).put("text", "during")));
            assertThat(retried.path("type").asText()).isEqualTo("ack");
            assertThat(retried.path("duplicate").asBoolean()).isFalse();
            assertThat(seat.reply(seat.send(SeatClient.move("chat").put("id", id).put("text", "during")))
                    .path("duplicate").asBoolean()).isTrue();
        }
        try (SeatClient replay = table.connect(game.uri(), "russia", 0)) {
            replay.await(f -> "during".equals(f.path("data").path("text").asText()), Duration.ofSeconds(10));
            long copies = replay.received().stream().filter(f -> "during".equals(f.path("data").path("text").asText())).count();
            assertThat(copies).as("the outage's move is in the log exactly once").isEqualTo(1);
        }
    }

    @Test
    void aSlowOrFailingScoringServiceNeitherBlocksSigningNorLosesTheRating() throws Exception {
        for (HttpChaosProxy.Mode fault : List.of(HttpChaosProxy.Mode.FAIL, HttpChaosProxy.Mode.SLOW)) {
            scoringRelay.mode(fault);
            TableFixture table = TableFixture.seatedTable();
            Map<String, SeatClient> seats = new LinkedHashMap<>();
            TableFixture.ROLES.forEach(role -> seats.put(role, table.connect(game.uri(), role, 0)));
            JsonNode welcome = seats.get("usa").await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
            table.instructor("start");
            seats.get("usa").reply(seats.get("usa").send(SeatClient.move("propose").put("baseVersion", 0)
                    .set("options", TableFixture.firstOptions(welcome))));
            for (String role : TableFixture.ROLES) {
                JsonNode signed = seats.get(role).reply(seats.get(role).send(SeatClient.move("sign").put("version", 1)));
                assertThat(signed.path("type").asText()).as(fault + ": " + role + " signs").isEqualTo("ack");
            }
            seats.get("europe").event("table.concluded");
            Thread.sleep(10_000);
            assertThat(seats.get("europe").received()).as(fault + ": no rating while the scorer fails")
                    .noneMatch(f -> f.path("event").asText().equals("deal.rated"));
            if (fault == HttpChaosProxy.Mode.FAIL) {
                assertThat(metric("ft_circuitbreaker_opened_total")).as("the breaker opened; metrics: " + faultToleranceMetrics())
                        .isGreaterThanOrEqualTo(1);
            }
            scoringRelay.mode(HttpChaosProxy.Mode.PASS);
            JsonNode rated = seats.get("europe").await(f -> f.path("event").asText().equals("deal.rated"), Duration.ofSeconds(60));
            assertThat(rated.path("data").path("report").path("score").isNumber()).isTrue();
            assertThat(metricWithTag("ft_circuitbreaker_state_current", "state=\"closed\"")).as("the breaker closed again")
                    .isEqualTo(1);
            seats.values().forEach(SeatClient::close);
        }
    }

    private static void waitForReadiness(int status, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (given().get("/q/health/ready").statusCode() != status) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("readiness never became " + status);
            }
            Thread.sleep(250);
        }
    }

    private static String faultToleranceMetrics() {
        return given().accept("text/plain").get("/q/metrics").asString().lines().filter(l -> l.startsWith("ft_"))
                .toList().toString();
    }

    private static double metric(String name) {
        return metricWithTag(name, "");
    }

    private static double metricWithTag(String name, String tag) {
        String text = given().accept("text/plain").get("/q/metrics").asString();
        return text.lines().filter(l -> l.startsWith(name) && l.contains(tag))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
