package org.guarantees.game.bot;

import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.TableState;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Says what the bot thinks of the draft clause by clause: it objects to the clause that hurts it most (always to one
 * that crosses a red line) and explains why in public chat, in its brief's own words, once per option; it supports a
 * clause that gives it its best option on an issue that matters to it.
 */
final class DraftCritic {
    private final SeatBrief brief;
    private final Set<String> explained = new HashSet<>();
    private final Map<String, Integer> spread = new HashMap<>();
    private final Map<String, String> favourite = new HashMap<>();
    private final double meanSpread;

    DraftCritic(SeatBrief brief) {
        this.brief = brief;
        brief.options().keySet().forEach(issue -> {
            spread.put(issue, brief.spread(issue));
            favourite.put(issue, brief.bestOption(issue));
        });
        meanSpread = spread.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    Optional<List<Command>> objection(TableState state) {
        Map<String, String> mine = state.stances().getOrDefault(brief.role(), Map.of());
        String worst = null;
        int worstLoss = 0;
        for (String issue : brief.options().keySet()) {
            String current = state.draft().get(issue);
            int loss = brief.points(issue, favourite.get(issue)) - brief.points(issue, current);
            boolean redLine = brief.crosses(issue, current);
            boolean serious = redLine || (loss >= 2 && loss * 2 >= spread.get(issue));
            int weight = redLine ? Integer.MAX_VALUE : loss;
            if (serious && !"object".equals(mine.get(issue)) && weight > worstLoss) {
                worst = issue;
                worstLoss = weight;
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        String reason = brief.talkingPoints().getOrDefault(worst, "this option costs us more than we can accept");
        Command stance = MoveBuilder.stance(state.version(), worst, "object", reason);
        if (!explained.add(worst + "=" + state.draft().get(worst))) {
            return Optional.of(List.of(stance));
        }
        String title = brief.titles().getOrDefault(worst, worst);
        return Optional.of(List.of(stance, MoveBuilder.chat("We object to " + title + ": " + reason)));
    }

    Optional<Command> support(TableState state) {
        Map<String, String> mine = state.stances().getOrDefault(brief.role(), Map.of());
        return brief.options().keySet().stream()
                .filter(issue -> spread.get(issue) >= meanSpread && !mine.containsKey(issue))
                .filter(issue -> favourite.get(issue).equals(state.draft().get(issue)))
                .findFirst().map(issue -> MoveBuilder.stance(state.version(), issue, "support", null));
    }
}
