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

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class InvalidMoveRejectionTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void movesAgainstTheRulesGetTypedErrorsAndLeaveTheTableUnchanged() {
        try (SeatedTable table = SeatedTable.open(base).started()) {
            SeatClient usa = table.seat("usa");
            SeatClient russia = table.seat("russia");
            usa.reply(usa.send(SeatClient.move("propose").put("baseVersion", 0)
                    .set("options", TableFixture.firstOptions(table.welcomes.get("usa")))));
            JsonNode draft = SeatedTable.seen(russia, "draft.proposed").path("data").path("options");
            String[] change = TableFixture.otherOption(table.welcomes.get("usa"), draft);
            String offerId = offerFromUkraineToUsa(table, change);
            long before = SeatedTable.lastSeq(table.seat("ukraine")); // the offer is private to its two roles
            int framesBefore = SeatedTable.events(russia).size();

            assertRefused(russia, SeatClient.move("accept-offer").put("offerId", offerId), "UNKNOWN_OFFER");
            assertRefused(russia, SeatClient.move("start"), "UNKNOWN_TYPE");
            assertRefused(russia, SeatClient.move("broadcast").put("text", "I am the instructor now"), "UNKNOWN_TYPE");
            assertRefused(russia, SeatClient.move("amend").put("baseVersion", 0).put("issue", change[0])
                    .put("option", change[1]), "STALE_VERSION");
            assertRefused(russia, SeatClient.move("sign").put("version", 0), "STALE_VERSION");
            assertRefused(russia, SeatClient.move("decline-signing").put("version", 1).put("reason", "not out"),
                    "NOT_ALLOWED");
            assertRefused(russia, SeatClient.move("teleport"), "UNKNOWN_TYPE");
            assertRefused(russia, SeatClient.move("chat").put("text", "x".repeat(10_000)), "TEXT_TOO_LONG");
            assertRefused(russia, SeatClient.move("chat").put("text", "hi").put("to", "russia"), "BAD_MESSAGE");
            assertRefused(russia, SeatClient.move("amend").put("baseVersion", 1).put("issue", "no-such-issue")
                    .put("option", "x"), "UNKNOWN_ISSUE");

            russia.sendRaw("{\"type\":\"chat\",\"id\":\"broken\",");
            assertAnonymousError(russia, "BAD_MESSAGE");
            russia.sendRaw("[1,2,3]");
            assertAnonymousError(russia, "BAD_MESSAGE");
            russia.sendRaw("{\"type\":\"chat\",\"text\":\"no id\"}");
            assertAnonymousError(russia, "BAD_MESSAGE");
            // a NUL in an id once reached PostgreSQL, which refused the row and with it every table's moves of the batch
            russia.sendRaw("{\"type\":\"chat\",\"id\":\"poison\\u0000id\",\"text\":\"x\"}");
            assertAnonymousError(russia, "BAD_MESSAGE");
            russia.sendRaw(SeatClient.move("chat").put("id", "huge").put("text", "y".repeat(17 * 1024)).toString());
            assertAnonymousError(russia, "TOO_LARGE");

            JsonNode next = SeatedTable.chatAndAck(russia, "still here");
            assertThat(next.path("seq").asLong()).as("no refused move took a sequence number").isEqualTo(before + 1);
            assertThat(SeatedTable.events(russia)).as("no event frame arrived for a refused move")
                    .hasSize(framesBefore + 1);
        }
    }

    @Test
    void aNegotiationMoveBeforeTheInstructorStartsTheTableIsWrongPhase() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient usa = table.seat("usa");
            assertRefused(usa, SeatClient.move("propose").put("baseVersion", 0)
                    .set("options", TableFixture.firstOptions(table.welcomes.get("usa"))), "WRONG_PHASE");
            assertRefused(usa, SeatClient.move("sign").put("version", 0), "WRONG_PHASE");
            JsonNode next = SeatedTable.chatAndAck(usa, "waiting for the start");
            assertThat(next.path("seq").asLong()).isEqualTo(1);
            SeatClient fresh = table.fixture.connect(base, "usa", 0);
            JsonNode state = SeatedTable.welcome(fresh).path("state");
            assertThat(state.path("phase").asText()).isEqualTo("LOBBY");
            assertThat(state.path("version").asInt()).isZero();
            fresh.close();
        }
    }

    private static String offerFromUkraineToUsa(SeatedTable table, String[] change) {
        JsonNode issues = table.welcomes.get("ukraine").path("scenario").path("issues");
        JsonNode second = issues.get(1);
        SeatClient ukraine = table.seat("ukraine");
        var offer = SeatClient.move("offer").put("to", "usa");
        offer.putObject("give").put("issue", change[0]).put("option", change[1]);
        offer.putObject("want").put("issue", second.path("id").asText())
                .put("option", second.path("options").get(1).path("id").asText());
        JsonNode ack = ukraine.reply(ukraine.send(offer));
        assertThat(ack.path("type").asText()).as(ack.toString()).isEqualTo("ack");
        return SeatedTable.seen(ukraine, "offer.made").path("data").path("offerId").asText();
    }

    private static void assertRefused(SeatClient seat, com.fasterxml.jackson.databind.node.ObjectNode move, String code) {
        JsonNode reply = seat.reply(seat.send(move));
        assertThat(reply.path("type").asText()).as(move.path("type") + " -> " + reply).isEqualTo("error");
        assertThat(reply.path("code").asText()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.path("retryable").asBoolean()).isFalse();
        assertThat(reply.path("message").asText()).isNotBlank();
    }

    private static void assertAnonymousError(SeatClient seat, String code) {
        JsonNode error = SeatedTable.error(seat, code);
        assertThat(error.path("id").isNull()).as(error.toString()).isTrue();
        assertThat(error.path("retryable").asBoolean()).isFalse();
    }
}
