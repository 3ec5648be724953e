package org.guarantees.game.bot;

import java.util.HashMap;
import java.util.Map;

/**
 * A frequency model of what the other roles want, learnt only from public moves: an option a role proposes, amends to
 * or supports counts for it; an option it objects to or amends away from counts against it.
 */
public final class OpponentModel {
    private final Map<String, Integer> liking = new HashMap<>();

    public void proposed(String role, String issue, String option) {
        add(role, issue, option, 2);
    }

    public void amended(String role, String issue, String from, String to) {
        add(role, issue, to, 2);
        if (from != null) {
            add(role, issue, from, -1);
        }
    }

    public void stance(String role, String issue, String option, String stance) {
        if ("support".equals(stance)) {
            add(role, issue, option, 1);
        } else if ("object".equals(stance)) {
            add(role, issue, option, -3);
        }
    }

    /** How much the other roles together are thought to lose if the issue moves from one option to another. */
    public int estimatedLoss(Iterable<String> others, String issue, String from, String to) {
        int loss = 0;
        for (String role : others) {
            loss += Math.max(0, liking(role, issue, from) - liking(role, issue, to));
        }
        return loss;
    }

    public int liking(String role, String issue, String option) {
        return liking.getOrDefault(role + "|" + issue + "|" + option, 0);
    }

    private void add(String role, String issue, String option, int amount) {
        liking.merge(role + "|" + issue + "|" + option, amount, Integer::sum);
    }
}
