package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.domain.Command;

import java.util.Map;

/** The seat messages a bot sends, built exactly as a human seat's client builds them (docs/protocol.md §2). */
final class MoveBuilder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_REASON = 480;

    private MoveBuilder() {
    }

    static Command propose(int baseVersion, Map<String, String> options) {
        ObjectNode body = JSON.objectNode().put("baseVersion", baseVersion);
        options.forEach(body.putObject("options")::put);
        return new Command("propose", body);
    }

    static Command amend(int baseVersion, String issue, String option) {
        return new Command("amend", JSON.objectNode().put("baseVersion", baseVersion).put("issue", issue)
                .put("option", option));
    }

    static Command stance(int version, String issue, String stance, String reason) {
        ObjectNode body = JSON.objectNode().put("version", version).put("issue", issue).put("stance", stance);
        if (reason != null) {
            body.put("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason);
        }
        return new Command("stance", body);
    }

    static Command sign(int version) {
        return new Command("sign", JSON.objectNode().put("version", version));
    }

    static Command offerAnswer(String offerId, boolean accept) {
        return new Command(accept ? "accept-offer" : "decline-offer", JSON.objectNode().put("offerId", offerId));
    }

    static Command chat(String text) {
        return new Command("chat", JSON.objectNode().put("text", text));
    }
}
