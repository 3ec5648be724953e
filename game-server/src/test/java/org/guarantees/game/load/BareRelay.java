package org.guarantees.game.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's upper bound for a WebSocket room server on this machine: rooms of four, every move numbered and
 * relayed to the four seats in the game server's frame shapes, then acknowledged. No rules, no persistence.
 * <p>
 * Arguments: port.
 */
public final class BareRelay {
    private static final String[] ISSUES = {"ceasefire", "monitoring", "guarantee-form", "legal-form", "guarantors",
            "trigger", "foreign-forces", "us-backstop", "force-ceiling", "nato", "eu-accession", "territory",
            "sanctions", "russian-commitments"};
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final String scenario = scenario().encode();

    private BareRelay() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        BareRelay relay = new BareRelay();
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .webSocketHandler(relay::open).listen().toCompletionStage().toCompletableFuture().join();
        System.out.println("bare relay listening on 127.0.0.1:" + port);
    }

    private void open(ServerWebSocket socket) {
        String path = socket.path();
        String roomId = path.substring(path.lastIndexOf('/') + 1);
        String query = socket.query() == null ? "" : socket.query();
        String role = query.replaceAll(".*role=([a-z]+).*", "$1");
        Room room = rooms.computeIfAbsent(roomId, id -> new Room());
        synchronized (room) {
            room.sockets.add(socket);
            socket.writeTextMessage("{\"type\":\"welcome\",\"tableId\":\"" + roomId + "\",\"role\":\"" + role
                    + "\",\"scenario\":" + scenario + ",\"state\":{\"lastSeq\":" + room.seq + ",\"version\":"
                    + room.version + ",\"draft\":{}}}");
        }
        socket.textMessageHandler(text -> relay(room, role, socket, text));
        socket.closeHandler(v -> {
            synchronized (room) {
                room.sockets.remove(socket);
            }
        });
    }

    private void relay(Room room, String role, ServerWebSocket from, String text) {
        JsonObject move = new JsonObject(text);
        String id = move.getString("id");
        String type = move.getString("type", "");
        synchronized (room) {
            JsonObject data = new JsonObject();
            move.forEach(e -> {
                if (!"type".equals(e.getKey()) && !"id".equals(e.getKey())) {
                    data.put(e.getKey(), e.getValue());
                }
            });
            if ("propose".equals(type) || "amend".equals(type)) {
                data.remove("baseVersion");
                data.put("version", ++room.version);
            }
            long seq = ++room.seq;
            JsonObject event = new JsonObject().put("type", "event").put("seq", seq).put("event", eventName(type))
                    .put("actor", role).put("at", Instant.now().toString()).put("data", data);
            String toOthers = event.encode();
            String toSender = event.put("id", id).encode();
            for (ServerWebSocket socket : room.sockets) {
                socket.writeTextMessage(socket == from ? toSender : toOthers);
            }
            from.writeTextMessage(new JsonObject().put("type", "ack").put("id", id).put("seq", seq)
                    .put("duplicate", false).encode());
        }
    }

    private static String eventName(String type) {
        return switch (type) {
            case "propose" -> "draft.proposed";
            case "amend" -> "draft.amended";
            case "stance" -> "clause.stance";
            case "sign" -> "deal.signed";
            default -> "chat.posted";
        };
    }

    private static JsonObject scenario() {
        JsonArray issues = new JsonArray();
        for (String issue : ISSUES) {
            issues.add(new JsonObject().put("id", issue).put("options", new JsonArray()
                    .add(new JsonObject().put("id", "a")).add(new JsonObject().put("id", "b"))
                    .add(new JsonObject().put("id", "c"))));
        }
        return new JsonObject().put("id", "bare").put("issues", issues);
    }

    private static final class Room {
        final List<ServerWebSocket> sockets = new ArrayList<>(4);
        long seq;
        int version;
    }
}
