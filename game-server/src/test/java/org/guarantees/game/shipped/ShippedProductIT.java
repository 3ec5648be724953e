package org.guarantees.game.shipped;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.bot.ScriptedStudent;
import org.guarantees.game.support.JarProcess;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The product as shipped: scoring-service and game-server started from their built jars as {@code deploy/local/run}
 * starts them (separate processes, {@code java -jar}, configured only by GAME_PORT, SCORING_PORT, SCORING_URL, DB_URL,
 * DB_USER and DB_PASSWORD: no system property, no test profile, no bot timing override), on a database of their own.
 * A seminar of one table is set up through the instructor console's REST calls (short rounds, bots in every seat), one
 * scripted student joins as Ukraine and plays the three bots over the real WebSocket: it proposes, asks Russia in
 * private about the NATO clause, and signs any version it can accept. The bots must answer the question about that
 * clause, move the draft themselves, and sign, so the table concludes (and is rated) before its last deadline.
 */
class ShippedProductIT {
    private static final String STUDENT = "ukraine";
    private static final Set<String> BOTS = Set.of("russia", "usa", "europe");
    private static final String STRATEGY = "conceder";
    private static final List<Integer> ROUND_MINUTES = List.of(3, 3);
    private static final Set<String> DRAFT_CHANGES = Set.of("draft.proposed", "draft.amended", "offer.accepted");
    private static final long STARTED = System.nanoTime();
    private static ShippedService scoring;
    private static ShippedService game;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheProductAsTheRunCommandDoes() {
        ShippedDatabase db = ShippedDatabase.prepare();
        progress("game database: " + db.how());
        int scoringPort = JarProcess.freePort();
        int gamePort = JarProcess.freePort();
        scoring = new ShippedService("scoring-service", JarProcess.moduleJar("scoring-service"), scoringPort,
                Map.of("SCORING_PORT", String.valueOf(scoringPort))).start();
        progress("scoring-service ready on port " + scoringPort + " (log " + scoring.log() + ")");
        // -Dshipped.game-jar=PATH (a property of this test's JVM, not of the server) checks another build of the server
        String otherBuild = System.getProperty("shipped.game-jar");
        game = new ShippedService("game-server", otherBuild != null ? Path.of(otherBuild)
                : JarProcess.moduleJar("game-server"), gamePort, Map.of(
                "GAME_PORT", String.valueOf(gamePort), "SCORING_URL", "http://localhost:" + scoringPort,
                "DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password())).start();
        progress("game-server ready on port " + gamePort + " (log " + game.log() + ")");
    }

    @AfterAll
    static void stopTheProduct() {
        if (game != null) {
            game.close();
        }
        if (scoring != null) {
            scoring.close();
        }
    }

    @Test
    void aStudentPlaysThreeBotsToARatedDealBeforeTheLastDeadline() throws Exception {
        JsonNode seminar = call("POST", "/api/v1/seminars", null, Map.of("title", "Shipped product test",
                "tables", 1, "roundMinutes", ROUND_MINUTES, "botStrategy", STRATEGY), 201);
        String seminarId = seminar.path("seminarId").asText();
        String instructor = seminar.path("instructorToken").asText();
        String tableId = seminar.path("tables").get(0).path("id").asText();
        assertThat(numbers(seminar.path("roundMinutes"))).as("the seminar's round lengths").isEqualTo(ROUND_MINUTES);
        progress("seminar " + seminarId + " created, join code " + seminar.path("joinCode").asText());

        JsonNode seat = call("POST", "/api/v1/join", null, Map.of("joinCode", seminar.path("joinCode").asText(),
                "displayName", "Scripted student", "browserKey", "shipped-" + UUID.randomUUID().toString().replace("-", ""),
                "role", STUDENT, "table", 1), 200);
        assertThat(seat.path("role").asText()).isEqualTo(STUDENT);
        JsonNode seats = call("GET", "/api/v1/seminars/" + seminarId + "/tables", instructor, null, 200).get(0)
                .path("seats");
        for (JsonNode s : seats) {
            String role = s.path("role").asText();
            assertThat(s.path("controller").asText()).as("seat %s after the student joined: %s", role, s)
                    .isEqualTo(BOTS.contains(role) ? "BOT" : "HUMAN");
        }
        progress("student seated as " + STUDENT + "; bots (" + STRATEGY + ") in " + BOTS);

        ScriptedStudent[] student = new ScriptedStudent[1];
        try (SocketPlayer player = SocketPlayer.connect(game.uri(), tableId, seat.path("seatToken").asText(), brief ->
                student[0] = new ScriptedStudent(brief, 15, ScriptedStudent.Pace.QUICK, false).ask("russia", "nato"),
                ShippedProductIT::progress)) {
            SeatClient socket = player.client();
            JsonNode started = call("POST", "/api/v1/seminars/" + seminarId + "/clock", instructor,
                    Map.of("action", "start"), 200);
            assertThat(started.get(0).path("applied").asBoolean()).as("start applied: %s", started).isTrue();
            JsonNode tableStarted = socket.event("table.started");
            assertThat(numbers(tableStarted.path("data").path("roundMinutes"))).as("the table's rounds")
                    .isEqualTo(ROUND_MINUTES);
            Instant start = Instant.parse(tableStarted.path("at").asText());
            Instant lastDeadline = start.plus(Duration.ofMinutes(ROUND_MINUTES.stream().mapToInt(i -> i).sum()));
            progress("table started; rounds " + ROUND_MINUTES + " min, last deadline " + lastDeadline);

            int printed = 0;
            Instant hardStop = lastDeadline.plusSeconds(20);
            while (Instant.now().isBefore(hardStop) && !ended(socket)) {
                player.step(Instant.now());
                printed = printEvents(socket, printed, start);
                if (Instant.now().isAfter(start.plusSeconds(90)) && events(socket, e -> BOTS.contains(actor(e))).isEmpty()) {
                    fail("no bot made any move in the first 90 s of the table: the bots do not play under the run "
                            + "command's settings. Game-server log:\n" + game.tail());
                }
                Thread.sleep(400);
            }
            printEvents(socket, printed, start);

            ScriptedStudent.Question question = student[0].questions().get(0);
            JsonNode answer = awaitAnswer(socket, question);
            progress("russia answered the question about NATO: " + answer.path("data").path("text").asText());
            List<String> words = new ArrayList<>(List.of("NATO"));
            welcomeIssue(socket, "nato").path("options").forEach(o -> words.add(o.path("label").asText()));
            String text = answer.path("data").path("text").asText().toLowerCase(Locale.ROOT);
            assertThat(words).as("russia's answer \"%s\" names the NATO clause or one of its options",
                    answer.path("data").path("text").asText()).anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));

            for (String bot : BOTS) {
                List<String> lines = events(socket, e -> "chat.posted".equals(e.path("event").asText())
                        && bot.equals(actor(e))).stream().map(e -> e.path("data").path("text").asText()).toList();
                assertThat(lines).as("%s's chat lines the student saw, none said twice", bot).doesNotHaveDuplicates();
            }

            List<JsonNode> botChanges = events(socket, e -> DRAFT_CHANGES.contains(e.path("event").asText())
                    && BOTS.contains(actor(e)));
            assertThat(botChanges).as("draft changes by the bots").isNotEmpty();
            List<JsonNode> concluded = events(socket, e -> "table.concluded".equals(e.path("event").asText()));
            assertThat(concluded).as("table.concluded before the last deadline; the table ended with %s",
                    events(socket, e -> "table.ended".equals(e.path("event").asText()))).hasSize(1);
            Instant at = Instant.parse(concluded.get(0).path("at").asText());
            assertThat(at).as("concluded before the last deadline").isBefore(lastDeadline);
            progress(String.format(Locale.ROOT, "concluded at %.1f min, version %d; %d draft changes by bots, %d by "
                    + "the student", Duration.between(start, at).toMillis() / 60_000.0,
                    concluded.get(0).path("data").path("version").asInt(), botChanges.size(),
                    events(socket, e -> DRAFT_CHANGES.contains(e.path("event").asText())
                            && STUDENT.equals(actor(e))).size()));
            JsonNode rated = socket.await(f -> "deal.rated".equals(f.path("event").asText()), Duration.ofSeconds(30));
            progress("deal rated by the scoring service: " + rated.path("data").path("report").path("score").asInt());
            assertThat(student[0].acceptable(student[0].view().draft())).as("the student only signed what it accepts")
                    .isTrue();
        }
    }

    /**
     * The bot's answer: its first private chat line to the student after the student's question (the question's own
     * event, found by its text, fixes where the answer may start), within 60 s of it.
     */
    private static JsonNode awaitAnswer(SeatClient socket, ScriptedStudent.Question question) throws InterruptedException {
        JsonNode asked = events(socket, e -> "chat.posted".equals(e.path("event").asText()) && STUDENT.equals(actor(e))
                && question.to().equals(e.path("data").path("to").asText())
                && question.text().equals(e.path("data").path("text").asText())).get(0);
        Instant limit = Instant.parse(asked.path("at").asText()).plusSeconds(60);
        while (true) {
            List<JsonNode> answers = events(socket, e -> "chat.posted".equals(e.path("event").asText())
                    && question.to().equals(actor(e)) && STUDENT.equals(e.path("data").path("to").asText())
                    && e.path("seq").asLong() > asked.path("seq").asLong());
            if (!answers.isEmpty()) {
                assertThat(Instant.parse(answers.get(0).path("at").asText())).as("the answer came within 60 s")
                        .isBefore(limit);
                return answers.get(0);
            }
            if (Instant.now().isAfter(limit.plusSeconds(2))) {
                return fail("russia did not answer \"" + question.text() + "\" (asked at " + asked.path("at").asText()
                        + ") in private within 60 s; chats seen: "
                        + events(socket, e -> "chat.posted".equals(e.path("event").asText())));
            }
            Thread.sleep(500);
        }
    }

    private static JsonNode welcomeIssue(SeatClient socket, String issue) {
        for (JsonNode frame : socket.received()) {
            if ("welcome".equals(frame.path("type").asText())) {
                for (JsonNode i : frame.path("scenario").path("issues")) {
                    if (issue.equals(i.path("id").asText())) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError("no issue " + issue + " in the welcome frame");
    }

    private static boolean ended(SeatClient socket) {
        return !events(socket, e -> Set.of("table.concluded", "table.ended").contains(e.path("event").asText())).isEmpty();
    }

    private static List<JsonNode> events(SeatClient socket, Predicate<JsonNode> wanted) {
        return socket.received().stream().filter(f -> "event".equals(f.path("type").asText())).filter(wanted).toList();
    }

    private static String actor(JsonNode event) {
        return event.path("actor").asText();
    }

    private static int printEvents(SeatClient socket, int from, Instant start) {
        List<JsonNode> frames = socket.received();
        for (int i = from; i < frames.size(); i++) {
            JsonNode f = frames.get(i);
            if ("event".equals(f.path("type").asText())) {
                long seconds = Duration.between(start, Instant.parse(f.path("at").asText())).toSeconds();
                String data = f.path("data").toString();
                progress(String.format(Locale.ROOT, "  t+%3ds #%d %s by %s %s", seconds, f.path("seq").asLong(),
                        f.path("event").asText(), actor(f), data.length() > 200 ? data.substring(0, 200) + "…" : data));
            }
        }
        return frames.size();
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    private static JsonNode call(String method, String path, String token, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(game.uri().resolve(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(SeatClient.JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? SeatClient.JSON.createObjectNode() : SeatClient.JSON.readTree(response.body());
    }

    private static void progress(String line) {
        System.out.printf(Locale.ROOT, "[shipped %6.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, line);
        System.out.flush();
    }
}
