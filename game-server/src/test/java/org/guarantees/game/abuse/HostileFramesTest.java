package org.guarantees.game.abuse;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While an honest table plays, hostile seats of another table send more than 10,000 malformed, oversized, wrongly
 * typed, out-of-order and replayed frames. They get error frames or are cut off; the honest table sees no error, and
 * the server stays healthy. The honest round-trip p99 with and without the attack is printed for docs/reliability.md.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class HostileFramesTest {
    static final int HOSTILE_FRAMES = 10_500;
    private static final String[] GARBAGE = {
            "{not json", "[]", "42", "{\"type\":5,\"id\":\"x\"}", "{\"type\":\"propose\"}",
            "{\"type\":\"sign\",\"id\":\"replayed\",\"version\":99}", "{\"type\":\"amend\",\"id\":\"a\",\"baseVersion\":-1}",
            "{\"type\":\"chat\",\"id\":\"" + "i".repeat(200) + "\",\"text\":\"x\"}", "{\"type\":\"start\",\"id\":\"s\"}",
            "{\"type\":\"chat\",\"id\":\"replayed\",\"text\":\"again and again\"}", "{\"type\":\"chat\",\"id\":\"big\",\"text\":\""
            + "x".repeat(20_000) + "\"}", "{\"type\":\"offer\",\"id\":\"o\",\"to\":\"nobody\"}"};

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

        List<Long> quiet = play(players, 60);

        AtomicInteger sent = new AtomicInteger();
        AtomicInteger answeredOrCut = new AtomicInteger();
        List<Thread> attackers = new ArrayList<>();
        for (String role : TableFixture.ROLES) {
            Thread attacker = new Thread(() -> attack(hostile, role, sent, answeredOrCut));
            attackers.add(attacker);
            attacker.start();
        }
        List<Long> underAttack = play(players, 60);
        for (Thread attacker : attackers) {
            attacker.join(120_000);
        }

        assertThat(sent.get()).isGreaterThanOrEqualTo(HOSTILE_FRAMES);
        assertThat(answeredOrCut.get()).as("every hostile connection got error frames or was closed").isPositive();
        for (SeatClient player : players) {
            assertThat(player.received()).as("the honest table saw no error")
                    .noneMatch(f -> f.path("type").asText().equals("error"));
            assertThat(player.closeCode()).as("no honest socket was closed").isNull();
        }
        given().get("/q/health/ready").then().statusCode(200);
        System.out.printf("honest round-trip p99 without attack %d ms, under attack of %d frames %d ms%n",
                p99(quiet), sent.get(), p99(underAttack));
        players.forEach(SeatClient::close);
    }

    /** Each honest seat in turn sends a chat line and waits for its acknowledgement; returns the round trips in ms. */
    private static List<Long> play(List<SeatClient> players, int rounds) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            SeatClient player = players.get(i % players.size());
            long start = System.nanoTime();
            JsonNode reply = player.reply(player.send(SeatClient.move("chat").put("text", "honest " + i)));
            assertThat(reply.path("type").asText()).isEqualTo("ack");
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    /** Sends garbage until the server cuts the socket off, reconnects, and goes on until its share is sent. */
    private void attack(TableFixture hostile, String role, AtomicInteger sent, AtomicInteger answeredOrCut) {
        int share = HOSTILE_FRAMES / TableFixture.ROLES.size() + 1;
        int mine = 0;
        while (mine < share) {
            try (SeatClient attacker = hostile.connect(base, role, 0)) {
                attacker.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
                while (mine < share && !attacker.isClosed() && attacker.closeCode() == null) {
                    attacker.sendRaw(GARBAGE[mine % GARBAGE.length]);
                    mine++;
                    sent.incrementAndGet();
                }
                boolean errors = attacker.received().stream().anyMatch(f -> f.path("type").asText().equals("error"));
                if (errors || attacker.closeCode() != null) {
                    answeredOrCut.incrementAndGet();
                }
            } catch (RuntimeException | AssertionError cutOff) {
                answeredOrCut.incrementAndGet();
            }
        }
    }

    private static long p99(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }
}
