package org.guarantees.game.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import org.guarantees.game.support.SeatClient;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A second table of the browser seminar, played over the protocol by four scripted seats so that the cross-table
 * debrief has two deals to compare: it signs the first option of every issue.
 */
final class SecondTable {
    private static final List<String> ROLES = List.of("ukraine", "russia", "usa", "europe");
    private final URI base;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String tableId;

    private SecondTable(URI base) {
        this.base = base;
    }

    static SecondTable seat(URI base, String joinCode) {
        SecondTable table = new SecondTable(base);
        for (String role : ROLES) {
            var joined = given().contentType(ContentType.JSON).body(Map.of("joinCode", joinCode, "displayName",
                            "Scripted " + role, "browserKey", "scripted-" + UUID.randomUUID(), "role", role, "table", 2))
                    .post("/api/v1/join").then().statusCode(200).extract().jsonPath();
            table.tokens.put(role, joined.getString("seatToken"));
            table.tableId = joined.getString("tableId");
        }
        return table;
    }

    void playFirstOptions() {
        Map<String, SeatClient> seats = new LinkedHashMap<>();
        try {
            for (String role : ROLES) {
                seats.put(role, SeatClient.connect(base, tableId, tokens.get(role), 0));
            }
            SeatClient usa = seats.get("usa");
            JsonNode welcome = usa.await(f -> "welcome".equals(f.path("type").asText()), Duration.ofSeconds(10));
            var options = SeatClient.JSON.createObjectNode();
            welcome.path("scenario").path("issues").forEach(issue ->
                    options.put(issue.path("id").asText(), issue.path("options").get(0).path("id").asText()));
            long version = welcome.path("state").path("version").asLong();
            usa.reply(usa.send(SeatClient.move("propose").put("baseVersion", version).set("options", options)));
            for (String role : ROLES) {
                seats.get(role).reply(seats.get(role).send(SeatClient.move("sign").put("version", version + 1)));
            }
            usa.event("table.concluded");
        } finally {
            seats.values().forEach(SeatClient::close);
        }
    }
}
