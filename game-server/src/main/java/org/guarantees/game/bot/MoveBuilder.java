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
            body.put("reason", fit(reason));
        }
        return new Command("stance", body);
    }

    static Command sign(int version) {
        return new Command("sign", JSON.objectNode().put("version", version));
    }

    static Command acceptOffer(String offerId) {
        return new Command("accept-offer", JSON.objectNode().put("offerId", offerId));
    }

    static Command declineOffer(String offerId, String reason) {
        return new Command("decline-offer", JSON.objectNode().put("offerId", offerId).put("reason", fit(reason)));
    }

    static Command declineSigning(int version, String reason) {
        return new Command("decline-signing", JSON.objectNode().put("version", version).put("reason", fit(reason)));
    }

    /** A public line, or a private one to {@code to}. */
    static Command chat(String text, String to) {
        ObjectNode body = JSON.objectNode().put("text", text);
        if (to != null) {
            body.put("to", to);
        }
        return new Command("chat", body);
    }

    private static String fit(String reason) {
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
    }
}
