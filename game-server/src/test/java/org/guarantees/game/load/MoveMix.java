package org.guarantees.game.load;

import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The moves of a lively seminar table: about 60% public chat, 30% amendments and clause stances, 10% proposals and
 * signatures. Only public moves, so every seat must see every event. Europe never signs, so no table concludes and the
 * game goes on for the whole run: while a version is out for signature (which freezes the draft), Europe's next move
 * declines it and the other seats' draft changes become chat.
 */
public final class MoveMix {
    public enum Kind { CHAT, AMEND, STANCE, PROPOSE, SIGN }

    private static final String[] STANCES = {"support", "object", "none"};
    private static final String CHAT_TEXT = "Could we look again at the monitoring clause before the next round? "
            + "Observers alone will not reassure anyone; ";

    private MoveMix() {
    }

    public static Kind pick(Random random) {
        int r = random.nextInt(100);
        if (r < 60) {
            return Kind.CHAT;
        } else if (r < 75) {
            return Kind.AMEND;
        } else if (r < 90) {
            return Kind.STANCE;
        } else if (r < 95) {
            return Kind.PROPOSE;
        }
        return Kind.SIGN;
    }

    static String frame(Kind kind, String role, String id, int version, boolean signingOpen, List<String> issues,
                        Map<String, List<String>> options, Map<String, String> draft, Random random) {
        JsonObject move = new JsonObject().put("id", id);
        if (signingOpen && "europe".equals(role)) {
            return move.put("type", "decline-signing").put("version", version).put("reason", "load test").encode();
        }
        if (signingOpen && kind != Kind.STANCE) {
            kind = Kind.CHAT;
        }
        if (kind == Kind.SIGN && "europe".equals(role)) {
            kind = Kind.PROPOSE;
        }
        if (version == 0 && kind != Kind.CHAT) {
            kind = Kind.PROPOSE;
        }
        switch (kind) {
            case CHAT -> move.put("type", "chat").put("text", CHAT_TEXT + id);
            case AMEND -> {
                String issue = issues.get(random.nextInt(issues.size()));
                List<String> choices = options.get(issue);
                String option = choices.get(random.nextInt(choices.size()));
                if (option.equals(draft.get(issue))) {
                    option = choices.get((choices.indexOf(option) + 1) % choices.size());
                }
                move.put("type", "amend").put("baseVersion", version).put("issue", issue).put("option", option);
            }
            case STANCE -> move.put("type", "stance").put("version", version)
                    .put("issue", issues.get(random.nextInt(issues.size())))
                    .put("stance", STANCES[random.nextInt(STANCES.length)]).put("reason", "load test");
            case PROPOSE -> {
                JsonObject package_ = new JsonObject();
                for (String issue : issues) {
                    List<String> choices = options.get(issue);
                    package_.put(issue, choices.get(random.nextInt(choices.size())));
                }
                move.put("type", "propose").put("baseVersion", version).put("options", package_);
            }
            case SIGN -> move.put("type", "sign").put("version", version);
        }
        return move.encode();
    }
}
