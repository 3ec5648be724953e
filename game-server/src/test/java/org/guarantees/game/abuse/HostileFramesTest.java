package org.guarantees.game.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While an honest table plays, hostile seats of another table send more than 10,000 malformed, oversized, wrongly
 * typed, out-of-order and replayed frames. They get error frames or are cut off; the honest table sees no error, and
 * the server stays healthy. The attackers run in a process of their own; the honest round-trip p99 with and without
 * the attack is printed for docs/reliability.md.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class HostileFramesTest {
    static final int HOSTILE_FRAMES = 10_500;
    static final int ROUNDS = 200;
    /** Honest seats stay well under the flood guard's 20 frames a second: four seats, one move each per 60 ms. */
    static final long PACE_MS = 15;

    @TestHTTPResource("/")
    URI base;

    @Test
    void hostileFramesGetErrorsOrAreCutOffWhileAnHonestTablePlaysOn() throws Exception {
        TableFixture honest = TableFixture.seatedTable();
        TableFixture hostile = TableFixture.seatedTable();
        honest.instructor("start");
        hostile.instructor("start");
        List<SeatClient> players = new ArrayList<>();
        TableFixture.ROLES.forEach(role -> players.add(honest.connect(base, role, 0)));

        play(players, ROUNDS, null); // warm-up, so that the baseline measures the server and not the JIT
        List<Long> quiet = play(players, ROUNDS, null);

        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HostileClient.class.getName(), base.toString(), hostile.tableId, String.valueOf(HOSTILE_FRAMES)));
        TableFixture.ROLES.forEach(role -> command.add(hostile.tokenByRole.get(role)));
        File report = File.createTempFile("hostile", ".txt");
        Process attackers = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report).start();
        List<Long> underAttack = play(players, ROUNDS, attackers);
        assertThat(attackers.waitFor(120, TimeUnit.SECONDS)).as("the attack finished").isTrue();
        String outcome = Files.readString(report.toPath());
        Matcher counts = Pattern.compile("sent=(\\d+) answeredOrCut=(\\d+)").matcher(outcome);
        assertThat(counts.find()).as(outcome).isTrue();

        assertThat(Integer.parseInt(counts.group(1))).isGreaterThanOrEqualTo(HOSTILE_FRAMES);
        assertThat(Integer.parseInt(counts.group(2))).as("hostile connections got error frames or were closed").isPositive();
        for (SeatClient player : players) {
            assertThat(player.received()).as("the honest table saw no error")
                    .noneMatch(f -> f.path("type").asText().equals("error"));
            assertThat(player.closeCode()).as("no honest socket was closed").isNull();
        }
        given().get("/q/health/ready").then().statusCode(200);
        System.out.printf("honest round-trip p99 without attack %d ms, under attack of %s frames %d ms (%d rounds each)%n",
                p99(quiet), counts.group(1), p99(underAttack), ROUNDS);
        players.forEach(SeatClient::close);
    }

    /**
     * Each honest seat in turn sends a chat line and waits for its acknowledgement, for {@code rounds} rounds and, when
     * an attack runs, for as long as it lasts; returns the round trips in ms.
     */
    private static List<Long> play(List<SeatClient> players, int rounds, Process attack) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds || (attack != null && attack.isAlive()); i++) {
            SeatClient player = players.get(i % players.size());
            long start = System.nanoTime();
            JsonNode reply = player.reply(player.send(SeatClient.move("chat").put("text", "honest " + i)));
            assertThat(reply.path("type").asText()).isEqualTo("ack");
            long took = (System.nanoTime() - start) / 1_000_000;
            millis.add(took);
            pause(Math.max(0, PACE_MS - took));
        }
        return millis;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long p99(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }
}
