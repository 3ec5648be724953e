package org.guarantees.game.load;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a client must know of a table to make moves of the {@link MoveMix} that the rules accept: the issues and their
 * options (from the welcome), the draft and its version (from the welcome, then from the draft events). Shared by the
 * load generator and the fault tests. Seats of one table may answer on different threads, so every method is
 * synchronized.
 */
public final class TableDraft {
    private List<String> issues = List.of();
    private Map<String, List<String>> options = Map.of();
    private final Map<String, String> draft = new HashMap<>();
    private int version;
    /** A version is out for signature: the draft is frozen until Europe declines it. */
    private boolean signingOpen;

    /** Reads the scenario once, and the draft whenever a welcome is newer than what this view holds. */
    public synchronized void welcome(JsonObject frame) {
        if (issues.isEmpty()) {
            JsonArray list = frame.getJsonObject("scenario").getJsonArray("issues");
            List<String> ids = new ArrayList<>();
            Map<String, List<String>> opts = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                JsonObject issue = list.getJsonObject(i);
                List<String> optionIds = new ArrayList<>();
                issue.getJsonArray("options").forEach(o -> optionIds.add(((JsonObject) o).getString("id")));
                ids.add(issue.getString("id"));
                opts.put(issue.getString("id"), optionIds);
            }
            issues = ids;
            options = opts;
        }
        JsonObject state = frame.getJsonObject("state");
        int stateVersion = state.getInteger("version", 0);
        if (stateVersion >= version) {
            version = stateVersion;
            state.getJsonObject("draft", new JsonObject())
                    .forEach(e -> draft.put(e.getKey(), String.valueOf(e.getValue())));
        }
    }

    /** Follows the draft through the events that change it; an event older than the view's version is ignored. */
    public synchronized void applied(String event, JsonObject data) {
        if ("signing.opened".equals(event)) {
            signingOpen = true;
            return;
        }
        if ("signing.declined".equals(event) || "signing.lapsed".equals(event)) {
            signingOpen = false;
            return;
        }
        if (!"draft.proposed".equals(event) && !"draft.amended".equals(event)) {
            return;
        }
        int v = data.getInteger("version", 0);
        if (v < version) {
            return;
        }
        version = v;
        if (data.containsKey("options")) {
            data.getJsonObject("options").forEach(e -> draft.put(e.getKey(), String.valueOf(e.getValue())));
        } else {
            draft.put(data.getString("issue"), data.getString("option"));
        }
    }

    /** The frame of a move of {@code kind} against the draft as this view knows it. */
    public synchronized String nextMove(String role, String id, MoveMix.Kind kind, Random random) {
        return MoveMix.frame(kind, role, id, version, signingOpen, issues, options, draft, random);
    }
}
