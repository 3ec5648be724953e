package org.guarantees.game.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A role's confidential brief. {@code talkingPoints} holds, per issue id, the role's case on that issue in plain words,
 * so a bot can explain an objection and a student can see what matters to the role.
 */
public record Brief(String background, List<String> interests, List<String> privateInstructions,
                    Map<String, String> talkingPoints) {

    public Brief {
        interests = List.copyOf(interests);
        privateInstructions = List.copyOf(privateInstructions);
        talkingPoints = Map.copyOf(talkingPoints);
    }

    public Brief(String background, List<String> interests, List<String> privateInstructions) {
        this(background, interests, privateInstructions, Map.of());
    }

    public Optional<String> talkingPoint(String issueId) {
        return Optional.ofNullable(talkingPoints.get(issueId));
    }
}
