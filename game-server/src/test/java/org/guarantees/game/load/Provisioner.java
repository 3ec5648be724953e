package org.guarantees.game.load;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seats the load through the game server's real REST API: seminars of at most 50 tables, four students per table, and
 * the instructor's start. For the bare relay, tables are just names and nobody needs a seat token.
 */
final class Provisioner {
    static final List<String> ROLES = List.of("ukraine", "russia", "usa", "europe");
    static final int TABLES_PER_SEMINAR = 50;

    private final HttpClient http;
    private final String host;
    private final int port;
    private final List<JsonObject> seminars = new ArrayList<>();

    Provisioner(HttpClient http, String host, int port) {
        this.http = http;
        this.host = host;
        this.port = port;
    }

    void seatGame(LoadRun run, int tableCount) {
        int seminarCount = (tableCount + TABLES_PER_SEMINAR - 1) / TABLES_PER_SEMINAR;
        JsonObject[] created = new JsonObject[seminarCount];
        Parallel.run(seminarCount, 8, i -> post("/api/v1/seminars", new JsonObject().put("title", "Load seminar " + i)
                .put("tables", Math.min(TABLES_PER_SEMINAR, tableCount - i * TABLES_PER_SEMINAR)), null, 201)
                .onSuccess(body -> created[i] = body));
        List<String[]> joins = new ArrayList<>();
        for (JsonObject seminar : created) {
            seminars.add(seminar);
            JsonArray tables = seminar.getJsonArray("tables");
            for (int t = 0; t < tables.size(); t++) {
                JsonObject table = tables.getJsonObject(t);
                LoadTable loadTable = new LoadTable(table.getString("id"));
                run.tables.add(loadTable);
                for (String role : ROLES) {
                    joins.add(new String[]{seminar.getString("joinCode"), String.valueOf(table.getInteger("number")),
                            role, String.valueOf(run.tables.size() - 1)});
                }
            }
        }
        LoadSeat[] seats = new LoadSeat[joins.size()];
        Parallel.run(joins.size(), 32, i -> {
            String[] j = joins.get(i);
            JsonObject body = new JsonObject().put("joinCode", j[0]).put("displayName", "Student " + i)
                    .put("browserKey", "load-" + UUID.randomUUID()).put("role", j[2])
                    .put("table", Integer.parseInt(j[1]));
            return post("/api/v1/join", body, null, 200).onSuccess(joined ->
                    seats[i] = new LoadSeat(run.tables.get(Integer.parseInt(j[3])), j[2], joined.getString("seatToken"), run));
        });
        for (LoadSeat seat : seats) {
            seat.table.seats.add(seat);
            run.seats.add(seat);
        }
    }

    static void seatBare(LoadRun run, int tableCount) {
        for (int t = 0; t < tableCount; t++) {
            LoadTable table = new LoadTable(UUID.randomUUID().toString());
            run.tables.add(table);
            for (String role : ROLES) {
                LoadSeat seat = new LoadSeat(table, role, "bare", run);
                table.seats.add(seat);
                run.seats.add(seat);
            }
        }
    }

    /** Starts every table with one long round, so the clock never ends a game during the run. */
    void startGames() {
        Parallel.run(seminars.size(), 4, i -> post("/api/v1/seminars/" + seminars.get(i).getString("seminarId")
                        + "/clock", new JsonObject().put("action", "start").put("roundMinutes", new JsonArray().add(240)),
                seminars.get(i).getString("instructorToken"), 200));
    }

    private Future<JsonObject> post(String path, JsonObject body, String bearer, int expected) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(host).setPort(port)
                .setURI(path).putHeader("Content-Type", "application/json");
        if (bearer != null) {
            options.putHeader("Authorization", "Bearer " + bearer);
        }
        return http.request(options).compose(req -> req.send(body.toBuffer()).compose(resp ->
                resp.body().compose(b -> resp.statusCode() == expected
                        ? Future.succeededFuture(parse(b))
                        : Future.failedFuture(path + " answered " + resp.statusCode() + ": " + b))));
    }

    private static JsonObject parse(Buffer body) {
        String text = body.toString().trim();
        return text.startsWith("{") ? new JsonObject(text) : new JsonObject().put("items", new JsonArray(text));
    }
}
