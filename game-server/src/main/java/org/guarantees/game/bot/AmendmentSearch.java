package org.guarantees.game.bot;

import org.guarantees.game.domain.OptionChoice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the one-clause change of the draft that gains this role the most while, as far as the public record tells,
 * costing the other roles the least: the cheap way to move a shared text toward a package the bot values.
 */
final class AmendmentSearch {
    /** Weight of one unit of another role's expressed liking against one share of the bot's own range. */
    private static final double CARE_FOR_OTHERS = 0.15;

    private AmendmentSearch() {
    }

    static Optional<OptionChoice> best(SeatBrief brief, OpponentModel model, Map<String, String> draft, int bestPossible) {
        return best(brief, model, draft, bestPossible, null);
    }

    /** The best change on any issue but {@code excluded} (null excludes none). */
    static Optional<OptionChoice> best(SeatBrief brief, OpponentModel model, Map<String, String> draft, int bestPossible,
                                       String excluded) {
        List<String> others = brief.roles().stream().filter(r -> !r.equals(brief.role())).toList();
        double range = Math.max(1, bestPossible - brief.noDealValue());
        OptionChoice best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, List<String>> issue : brief.options().entrySet()) {
            if (issue.getKey().equals(excluded)) {
                continue;
            }
            String current = draft.get(issue.getKey());
            for (String option : issue.getValue()) {
                if (option.equals(current) || brief.crosses(issue.getKey(), option)) {
                    continue;
                }
                double gain = (brief.points(issue.getKey(), option) - brief.points(issue.getKey(), current)) / range;
                if (brief.crosses(issue.getKey(), current)) {
                    gain += 1;
                }
                if (gain <= 0) {
                    continue;
                }
                double score = gain - CARE_FOR_OTHERS * model.estimatedLoss(others, issue.getKey(), current, option);
                if (score > bestScore) {
                    bestScore = score;
                    best = new OptionChoice(issue.getKey(), option);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
