package org.guarantees.game.bot;

import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over many seeded games, with bots of every strategy seated next to careless players who propose, amend and sign at
 * random, no bot ever signs a draft that crosses one of its red lines or is worth no more than its value of no deal.
 */
class BotRedLinePropertyTest {
    private static final int GAMES = 400;

    @Test
    void noBotEverSignsPastItsRedLinesOrAtOrBelowItsNoDealValue() {
        Scenario scenario = DefaultScenario.load();
        int botSignatures = 0;
        int draftsRefusable = 0;
        for (long seed = 1; seed <= GAMES; seed++) {
            Random random = new Random(seed);
            Set<String> bots = new HashSet<>();
            HeadlessTable table = new HeadlessTable(scenario, seed, brief -> {
                if (random.nextInt(4) < 2) {
                    return new RandomPlayer(brief, random.nextLong());
                }
                bots.add(brief.role());
                return BotPlayer.of(brief, Strategies.ALL.get(random.nextInt(Strategies.ALL.size())));
            });
            table.play();
            TableState state = TableState.initial();
            for (GameEvent event : table.log()) {
                Role role = scenario.role(event.actor()).orElse(null);
                if (role != null && bots.contains(role.id())) {
                    if (!role.accepts(state.draft())) {
                        draftsRefusable++;
                    }
                    if (event.type().equals(EventTypes.DEAL_SIGNED)) {
                        botSignatures++;
                        assertThat(role.redLinesCrossed(state.draft())).as("seed %d: %s signed %s", seed, role.id(),
                                state.draft()).isEmpty();
                        assertThat(role.points(state.draft())).as("seed %d: %s signed below its no-deal value", seed,
                                role.id()).isGreaterThan(role.noDealValue());
                    }
                }
                state = TableFold.apply(state, event);
            }
        }
        assertThat(botSignatures).as("the bots signed something").isGreaterThan(GAMES / 4);
        assertThat(draftsRefusable).as("the bots met drafts they had to refuse").isGreaterThan(GAMES);
    }
}
