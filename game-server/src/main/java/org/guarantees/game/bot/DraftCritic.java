package org.guarantees.game.bot;

import org.guarantees.game.domain.ClauseOrigin;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.TableState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says what the bot thinks of the draft clause by clause: it objects to the clause that hurts it most (always to one
 * that crosses a red line), saying what is wrong with the option for its role and which option it could accept, and
 * explains it once in public chat; it supports a clause that gives it its best option on an issue that matters to it.
 * It never objects to an option it put into the draft itself.
 */
final class DraftCritic {
    private final SeatBrief brief;
    private final BotVoice voice;
    private final Map<String, Integer> spread = new HashMap<>();
    private final Map<String, String> favourite = new HashMap<>();
    private final double meanSpread;

    DraftCritic(SeatBrief brief, BotVoice voice) {
        this.brief = brief;
        this.voice = voice;
        brief.options().keySet().forEach(issue -> {
            spread.put(issue, brief.spread(issue));
            favourite.put(issue, brief.bestOption(issue));
        });
        meanSpread = spread.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    Optional<List<Command>> objection(TableState state, OpponentModel model) {
        Map<String, String> mine = state.stances().getOrDefault(brief.role(), Map.of());
        String worst = null;
        int worstLoss = 0;
        for (String issue : brief.options().keySet()) {
            String current = state.draft().get(issue);
            ClauseOrigin origin = state.origins().get(issue);
            if (origin != null && origin.role().equals(brief.role())) {
                continue;
            }
            int weight = brief.crosses(issue, current) ? Integer.MAX_VALUE : serious(issue, current) ? loss(issue, current) : 0;
            if (weight > worstLoss && !"object".equals(mine.get(issue))) {
                worst = issue;
                worstLoss = weight;
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        String option = state.draft().get(worst);
        String reason = voice.objection(worst, option, acceptable(worst, option, model));
        Command stance = MoveBuilder.stance(state.version(), worst, "object", reason);
        return Optional.of(voice.once("We object to " + brief.title(worst) + ": " + reason)
                .map(line -> List.of(stance, MoveBuilder.chat(line, null))).orElse(List.of(stance)));
    }

    Optional<Command> support(TableState state) {
        Map<String, String> mine = state.stances().getOrDefault(brief.role(), Map.of());
        return brief.options().keySet().stream()
                .filter(issue -> spread.get(issue) >= meanSpread && !mine.containsKey(issue))
                .filter(issue -> favourite.get(issue).equals(state.draft().get(issue)))
                .findFirst().map(issue -> MoveBuilder.stance(state.version(), issue, "support", null));
    }

    /**
     * The option of this issue the bot could accept in place of {@code current}: none of its red lines, a loss it does
     * not count as serious, and among those the one the other roles are thought to mind least; else its favourite.
     */
    String acceptable(String issue, String current, OpponentModel model) {
        List<String> others = brief.roles().stream().filter(r -> !r.equals(brief.role())).toList();
        return brief.options().get(issue).stream()
                .filter(o -> !o.equals(current) && !brief.crosses(issue, o) && !serious(issue, o))
                .min((a, b) -> Integer.compare(model.estimatedLoss(others, issue, current, a),
                        model.estimatedLoss(others, issue, current, b)))
                .orElse(favourite.get(issue));
    }

    /** The issue where the draft hurts this role most: a red line first, then the largest loss against its favourite. */
    String mostAtStake(Map<String, String> draft) {
        String worst = null;
        int worstWeight = -1;
        for (String issue : brief.options().keySet()) {
            String current = draft.get(issue);
            int weight = current == null ? spread.get(issue) : brief.crosses(issue, current) ? Integer.MAX_VALUE
                    : loss(issue, current);
            if (weight > worstWeight) {
                worst = issue;
                worstWeight = weight;
            }
        }
        return worst;
    }

    boolean serious(String issue, String option) {
        int loss = loss(issue, option);
        return brief.crosses(issue, option) || (loss >= 2 && loss * 2 >= spread.get(issue));
    }

    int loss(String issue, String option) {
        return brief.points(issue, favourite.get(issue)) - brief.points(issue, option);
    }
}
