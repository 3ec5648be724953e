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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class SeatTokenAuthorizationTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aSeatTokenOfOneTableIsRefusedAtTheUpgradeOfAnother() {
        TableFixture a = TableFixture.seatedTable();
        TableFixture b = TableFixture.seatedTable();
        assertThat(SeatClient.upgradeStatus(base, b.tableId, "token=" + a.tokenByRole.get("ukraine"))).isEqualTo(403);
        assertThat(SeatClient.upgradeStatus(base, a.tableId, "token=" + a.tokenByRole.get("ukraine"))).isEqualTo(101);
    }

    @Test
    void noTokenOrAnUnknownTokenIsRefusedAtTheUpgrade() {
        TableFixture a = TableFixture.seatedTable();
        assertThat(SeatClient.upgradeStatus(base, a.tableId, "")).isEqualTo(401);
        assertThat(SeatClient.upgradeStatus(base, a.tableId, "token=")).isEqualTo(401);
        assertThat(SeatClient.upgradeStatus(base, a.tableId, "token=not-a-real-token-at-all")).isEqualTo(401);
    }

    @Test
    void aSeatActsOnlyAsItsOwnRoleWhateverItWritesInTheFrame() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient russia = table.seat("russia");
            String id = russia.send(SeatClient.move("chat").put("text", "Signed, Ukraine").put("actor", "ukraine")
                    .put("role", "ukraine"));
            russia.reply(id);
            JsonNode seen = table.seat("usa").event("chat.posted");
            assertThat(seen.path("actor").asText()).isEqualTo("russia");
        }
    }

    @Test
    void aRemovedStudentIsDisconnectedAndCannotComeBack() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient europe = table.seat("europe");
            String participantId = table.welcomes.get("europe").path("participantId").asText();
            String path = "/api/v1/seminars/" + table.fixture.seminarId + "/participants/" + participantId;
            given().delete(path).then().statusCode(401);
            given().header("Authorization", "Bearer " + table.fixture.instructorToken).delete(path).then().statusCode(204);

            SeatedTable.awaitClosed(europe);
            String token = table.fixture.tokenByRole.get("europe");
            assertThat(SeatClient.upgradeStatus(base, table.fixture.tableId, "token=" + token)).isEqualTo(401);
            SeatedTable.chatAndAck(table.seat("usa"), "the others play on");
        }
    }
}
