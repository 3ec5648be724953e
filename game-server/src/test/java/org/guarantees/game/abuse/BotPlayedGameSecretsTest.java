package org.guarantees.game.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.bot.BotPace;
import org.guarantees.game.bot.RecordedBot;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-minute table played by the server's own bots (three Conceders and a tit-for-tat bot), each over a real WebSocket
 * with its seat's token, while each seat's student, on a second connection, talks privately with every other role
 * between the bots' moves. Every frame both connections of a seat receive, a late reconnect's replay and the REST answers
 * a seat can fetch are then searched as {@link SecretsStayPrivateTest} searches a scripted game: the bots' public
 * explanations, drafts and meters must not carry another role's brief, points or private chat.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class BotPlayedGameSecretsTest {
    /**
     * Conceders and a tit-for-tat bot conclude in about the first third of the clock (headless runs of this mix), so
     * the test takes well under a minute; a Boulware bot holds out until the last tenth of it or lets the table run out,
     * and what a bot says does not depend on its strategy (all of them explain objections through the same critic).
     */
    private static final Map<String, String> STRATEGY_BY_ROLE =
            Map.of("ukraine", "conceder", "russia", "tit-for-tat", "usa", "conceder", "europe", "conceder");
    /** The bots' pace in this test: think times of 0.1–0.3 s (the product's default is a human pace, 10–40 s). */
    private static final BotPace PACE = new BotPace(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(200));
    /** How often the test lets each bot look at its seat, as the server's bot scheduler does. */
    private static final Duration THINK = Duration.ofMillis(50);
    /** The one-minute round, the clock sweeper's second and some slack. */
    private static final Duration LONGEST_GAME = Duration.ofSeconds(75);
    private static final List<String> MOVES = List.of("draft.proposed", "draft.amended", "clause.stance", "deal.signed");

    @TestHTTPResource("/")
    URI base;
    /** Counted apart from the frames for the report. */
    private int restAnswersRead;

    @Test
    void noSeatOfABotPlayedGameEverReceivesAnotherRolesSecrets() throws InterruptedException {
        TableFixture table = TableFixture.seatedTable();
        Map<String, RecordedBot> bots = new LinkedHashMap<>();
        Map<String, SeatClient> students = new LinkedHashMap<>();
        try {
            for (String role : TableFixture.ROLES) {
                bots.put(role, RecordedBot.connect(base, table.tableId, table.tokenByRole.get(role),
                        STRATEGY_BY_ROLE.get(role), PACE));
                students.put(role, table.connect(base, role, 0));
            }
            students.values().forEach(s -> s.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10)));
            table.start(List.of(1));

            List<SecretsSearch.PrivateLine> privateLines = play(bots, students, Instant.now().plus(LONGEST_GAME));
            JsonNode ending = lastEvent(bots.get("usa"), "table.concluded", "table.ended")
                    .orElseThrow(() -> new AssertionError("the table neither concluded nor reached its deadline"));
            if (ending.path("event").asText().equals("table.concluded")) {
                students.values().forEach(s ->
                        s.await(f -> f.path("event").asText().equals("deal.rated"), Duration.ofSeconds(30)));
            }
            assertBotPlayed(bots.get("usa").received(), ending);
            assertThat(privateLines).as("a private line between every ordered pair, sent while the bots played").hasSize(12);

            Map<String, List<JsonNode>> received = everythingEachSeatReceived(table, bots, students);
            SecretsSearch search = new SecretsSearch(new ScenarioCatalog(Optional.empty()).defaultScenario());
            TableFixture.ROLES.forEach(viewer -> search.assertOnlyOwnSecrets(viewer, received.get(viewer), privateLines));
            report(bots.get("usa"), ending, privateLines, received, restAnswersRead);
        } finally {
            bots.values().forEach(RecordedBot::close);
            students.values().forEach(SeatClient::close);
        }
    }

    /**
     * Steps the bots as the server's bot scheduler does until the table ends, and sends the next private line each time
     * the bots have moved since the previous one, so private talk is interleaved with their play.
     */
    private static List<SecretsSearch.PrivateLine> play(Map<String, RecordedBot> bots, Map<String, SeatClient> students,
                                                        Instant giveUp) throws InterruptedException {
        Deque<String[]> pairs = new ArrayDeque<>();
        TableFixture.ROLES.forEach(from -> TableFixture.ROLES.stream().filter(to -> !to.equals(from))
                .forEach(to -> pairs.add(new String[]{from, to})));
        List<SecretsSearch.PrivateLine> sent = new ArrayList<>();
        RecordedBot observer = bots.get("usa");
        long movesAtLastLine = 0;
        while (lastEvent(observer, "table.concluded", "table.ended").isEmpty() && Instant.now().isBefore(giveUp)) {
            bots.values().forEach(RecordedBot::step);
            long moves = botMoves(observer.received()).size();
            if (!pairs.isEmpty() && moves > movesAtLastLine) {
                String[] pair = pairs.poll();
                String text = "secret " + pair[0] + " to " + pair[1] + " " + System.nanoTime();
                SeatClient from = students.get(pair[0]);
                JsonNode reply = from.reply(from.send(SeatClient.move("chat").put("to", pair[1]).put("text", text)));
                assertThat(reply.path("type").asText()).as("private line " + pair[0] + "->" + pair[1]).isEqualTo("ack");
                sent.add(new SecretsSearch.PrivateLine(pair[0], pair[1], text));
                movesAtLastLine = moves;
            }
            Thread.sleep(THINK.toMillis());
        }
        return sent;
    }

    /** The bots really played: every role moved, a draft was proposed, and the table ended by signatures or the clock. */
    private static void assertBotPlayed(List<JsonNode> frames, JsonNode ending) {
        List<JsonNode> moves = botMoves(frames);
        TableFixture.ROLES.forEach(role -> assertThat(moves).as(role + "'s bot moved")
                .anyMatch(m -> m.path("actor").asText().equals(role) && MOVES.contains(m.path("event").asText())));
        assertThat(moves).as("a bot proposed a draft").anyMatch(m -> m.path("event").asText().equals("draft.proposed"));
        // the bots' own words, said in public, are where a bot could give its brief away
        assertThat(moves).as("a bot explained an objection in chat").anyMatch(m -> m.path("event").asText().equals("chat.posted"));
        if (ending.path("event").asText().equals("table.concluded")) {
            TableFixture.ROLES.forEach(role -> assertThat(moves).as(role + "'s bot signed").anyMatch(m ->
                    m.path("actor").asText().equals(role) && m.path("event").asText().equals("deal.signed")));
        } else {
            assertThat(ending.path("data").path("reason").asText()).as("the table ended at its deadline").isEqualTo("deadline");
        }
    }

    /** The seats' moves seen live; the students only chat privately, so every other seat move is a bot's. */
    private static List<JsonNode> botMoves(List<JsonNode> frames) {
        return frames.stream().filter(f -> f.path("type").asText().equals("event") && !f.path("replay").asBoolean())
                .filter(f -> TableFixture.ROLES.contains(f.path("actor").asText()))
                .filter(f -> !f.path("data").has("to"))
                .toList();
    }

    private static Optional<JsonNode> lastEvent(RecordedBot bot, String... types) {
        List<String> wanted = List.of(types);
        return bot.received().stream().filter(f -> wanted.contains(f.path("event").asText())).reduce((a, b) -> b);
    }

    /** Per seat: the bot's frames, its student's frames, a late reconnect's replay and the REST answers it can get. */
    private Map<String, List<JsonNode>> everythingEachSeatReceived(TableFixture table, Map<String, RecordedBot> bots,
                                                                  Map<String, SeatClient> students) {
        Map<String, List<JsonNode>> received = new LinkedHashMap<>();
        for (String role : TableFixture.ROLES) {
            List<JsonNode> all = new ArrayList<>(bots.get(role).received());
            all.addAll(students.get(role).received());
            all.addAll(replayOnReconnect(table, role, lastSeq(students.get(role).received())));
            List<JsonNode> answers = restAnswers(table, role);
            restAnswersRead += answers.size();
            all.addAll(answers);
            received.put(role, all);
        }
        return received;
    }

    /** A late reconnect replays the whole history; it must be filtered for its seat like the live frames. */
    private List<JsonNode> replayOnReconnect(TableFixture table, String role, long lastSeq) {
        try (SeatClient again = table.connect(base, role, 0)) {
            again.await(f -> f.path("seq").asLong() >= lastSeq, Duration.ofSeconds(10));
            return again.received();
        }
    }

    private static long lastSeq(List<JsonNode> frames) {
        return frames.stream().mapToLong(f -> f.path("seq").asLong()).max().orElse(0);
    }

    /** Every REST answer a seat can get: its join, the public scenario list and its table's precedents (or refusal). */
    private static List<JsonNode> restAnswers(TableFixture table, String role) {
        return List.of(table.joinedByRole.get(role),
                SecretsSearch.read(given().get("/api/v1/scenarios").then().statusCode(200).extract().asString()),
                SecretsSearch.read(given().header("Authorization", "Bearer " + table.tokenByRole.get(role))
                        .get("/api/v1/tables/" + table.tableId + "/precedents").asString()));
    }

    /** What was searched, for docs/reliability.md: a passing search is only worth as much as what it read. */
    private static void report(RecordedBot observer, JsonNode ending, List<SecretsSearch.PrivateLine> privateLines,
                               Map<String, List<JsonNode>> received, int restAnswers) {
        List<JsonNode> moves = botMoves(observer.received());
        Instant started = Instant.parse(lastEvent(observer, "table.started").orElseThrow().path("at").asText());
        System.out.printf("bot-played game: %d bot moves (%d public chat lines), %d private lines, %s (%s) after %d s at"
                        + " seq %d; searched %d frames and %d REST answers%n", moves.size(),
                moves.stream().filter(m -> m.path("event").asText().equals("chat.posted")).count(), privateLines.size(),
                ending.path("event").asText(), ending.path("data").path("reason").asText("deal signed"),
                Duration.between(started, Instant.parse(ending.path("at").asText())).toSeconds(),
                ending.path("seq").asLong(), received.values().stream().mapToInt(List::size).sum() - restAnswers,
                restAnswers);
    }
}
