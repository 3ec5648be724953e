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
import java.nio.file.Path;
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
 * the server stays healthy. The attackers run in a process of their own with a CPU limit ({@link AttackerCpuLimit}),
 * standing in for other machines. The honest round-trip p99 without the attack, under it (and under a first attack on
 * the cold server), and the CPU the server's JVM used meanwhile, are printed for docs/reliability.md: measured, not
 * asserted, since a timed assertion would fail on a busy build machine.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class HostileFramesTest {
    static final int HOSTILE_FRAMES = 10_500;
    /** Honest rounds measured before and after the attack, about 9 s each. */
    static final int ROUNDS = 600;
    /**
     * Honest rounds before any measurement, about 45 s. After 300 the JIT compilers still took a good part of the two
     * cores during the baseline, so that the comparison measured the JIT warming up rather than the server; after
     * 1500 the p99 before the attack was still often well above the p99 after it. After 3000 the two agree.
     */
    static final int WARM_UP_ROUNDS = 3000;
    /**
     * A first, smaller attack on the freshly started server, measured and printed too: during it the JIT compiles the
     * refusal paths (several seconds of compiler threads on two cores), as it would long ago have done in a server that
     * has been up for a while. The attack of {@link #HOSTILE_FRAMES} is measured after it, on a warm server.
     */
    static final int COLD_ATTACK_FRAMES = 3_000;
    /** Honest seats stay well under the flood guard's 20 frames a second: four seats, one move each per 60 ms. */
    static final long PACE_MS = 15;
    /**
     * The attackers' CPU: a quarter of a core (or {@code -Dhostile.attacker-cores}), since in production they would be
     * on other machines (see {@link AttackerCpuLimit}); they still send every frame, only more slowly.
     */
    static final double ATTACKER_CORES = Double.parseDouble(System.getProperty("hostile.attacker-cores", "0.25"));

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

        play(players, WARM_UP_ROUNDS, null);
        Attack cold = attack(players, hostile, COLD_ATTACK_FRAMES);
        Phase before = Phase.measure(() -> play(players, ROUNDS, null));
        Attack attack = attack(players, hostile, HOSTILE_FRAMES);
        Phase after = Phase.measure(() -> play(players, ROUNDS, null));

        for (Attack a : List.of(cold, attack)) {
            assertThat(a.sent()).as(a.outcome()).isGreaterThanOrEqualTo(a.frames());
            assertThat(a.answeredOrCut()).as("hostile connections got error frames or were closed").isPositive();
        }
        for (SeatClient player : players) {
            assertThat(player.received()).as("the honest table saw no error")
                    .noneMatch(f -> f.path("type").asText().equals("error"));
            assertThat(player.closeCode()).as("no honest socket was closed").isNull();
        }
        given().get("/q/health/ready").then().statusCode(200);
        // printed, not asserted: the target (p99 under attack within twice the p99 without) is measured on a quiet
        // machine and reported in docs/reliability.md; on a busy build machine a timed assertion would only be noise
        System.out.printf("honest round-trip p99: during a first attack of %d frames on the cold server %s;"
                        + " then without attack %s; under attack of %d frames %s; after it %s; attackers: %s;"
                        + " load average %s%n%s%n", cold.sent(), cold.phase(), before, attack.sent(), attack.phase(),
                after, attack.limit(), loadAverage(), attack.outcome());
        players.forEach(SeatClient::close);
    }

    /** One attack, and what the honest table saw meanwhile. */
    private record Attack(int frames, Phase phase, String outcome, int sent, int answeredOrCut, String limit) {
    }

    /**
     * Has the hostile seats send {@code frames} frames from a process of their own, with its CPU limited, while the
     * honest seats play on for as long as it lasts.
     */
    private Attack attack(List<SeatClient> players, TableFixture hostile, int frames) throws Exception {
        // C1 only and the serial collector: a short-lived client gets more frames out of its CPU quota that way
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), HostileClient.class.getName(),
                base.toString(), hostile.tableId, String.valueOf(frames)));
        TableFixture.ROLES.forEach(role -> command.add(hostile.tokenByRole.get(role)));
        File report = File.createTempFile("hostile", ".txt");
        try (AttackerCpuLimit cpu = AttackerCpuLimit.toCores(ATTACKER_CORES)) {
            Process attackers = new ProcessBuilder(cpu.wrap(command)).redirectErrorStream(true).redirectOutput(report)
                    .start();
            try {
                awaitLine(report, "attack under way", attackers);
                Phase phase = Phase.measure(() -> play(players, 0, attackers));
                assertThat(attackers.waitFor(120, TimeUnit.SECONDS)).as("the attack finished").isTrue();
                String outcome = Files.readString(report.toPath());
                Matcher counts = Pattern.compile("sent=(\\d+) answeredOrCut=(\\d+)").matcher(outcome);
                assertThat(counts.find()).as(outcome).isTrue();
                return new Attack(frames, phase, outcome.trim(), Integer.parseInt(counts.group(1)),
                        Integer.parseInt(counts.group(2)), cpu.describe());
            } finally {
                attackers.destroyForcibly().waitFor();
                Files.deleteIfExists(report.toPath());
            }
        }
    }

    /**
     * Each honest seat in turn sends a chat line and waits for its acknowledgement, for {@code rounds} rounds and, when
     * an attack runs, for as long as it lasts (at most three minutes); returns the round trips in ms.
     */
    private static List<Long> play(List<SeatClient> players, int rounds, Process attack) {
        List<Long> millis = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (int i = 0; i < rounds || (attack != null && attack.isAlive() && System.nanoTime() < deadline); i++) {
            SeatClient player = players.get(i % players.size());
            long start = System.nanoTime();
            JsonNode reply;
            try {
                reply = player.reply(player.send(SeatClient.move("chat").put("text", "honest " + i)));
            } catch (RuntimeException e) {
                throw new AssertionError("honest seat " + i % players.size() + " failed in round " + i
                        + (attack == null ? "" : " of an attack") + "; its socket's close code: " + player.closeCode(), e);
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(reply.path("type").asText()).isEqualTo("ack");
            player.skipUnawaited(); // the others' chat lines: unread, so that later rounds are not slower to read
            millis.add(took);
            pause(Math.max(0, PACE_MS - took));
        }
        return millis;
    }

    /**
     * The honest round trips of one phase, and the CPU this JVM (the server, and the honest clients, whose work per
     * round is the same in every phase) used meanwhile: what refusing the attack costs the server shows as the
     * difference in CPU per second.
     */
    private record Phase(List<Long> millis, long wallMillis, long cpuMillis) {
        static Phase measure(java.util.function.Supplier<List<Long>> rounds) {
            long cpu = jvmCpuMillis();
            long start = System.nanoTime();
            List<Long> millis = rounds.get();
            return new Phase(millis, (System.nanoTime() - start) / 1_000_000, jvmCpuMillis() - cpu);
        }

        private static long jvmCpuMillis() {
            return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        }

        @Override
        public String toString() {
            return String.format("%d ms (%d rounds in %.1f s, server JVM CPU %d ms/s)", p99(millis), millis.size(),
                    wallMillis / 1000.0, cpuMillis * 1000 / Math.max(1, wallMillis));
        }
    }

    /** Waits until the attacking process has started its attack (its JVM start is no attack). */
    private static void awaitLine(File report, String line, Process attackers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(report.toPath()).contains(line)) {
            assertThat(attackers.isAlive()).as("the attacking process runs: " + Files.readString(report.toPath()))
                    .isTrue();
            assertThat(System.nanoTime()).as("the attack started within a minute").isLessThan(deadline);
            pause(20);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long p99(List<Long> millis) {
        if (millis.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }
}
