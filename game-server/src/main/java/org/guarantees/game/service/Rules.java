package org.guarantees.game.service;

import org.guarantees.game.domain.ClockRules;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.NegotiationRules;
import org.guarantees.game.domain.NewEvent;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Scenario;

import java.time.Instant;
import java.util.List;

/** Chooses the rule book by who acts: a seat's role, the instructor, or the system (clock and rating). */
final class Rules {
    static final String RATED = "rated";

    private Rules() {
    }

    static List<NewEvent> decide(Scenario scenario, TableState state, String actor, Command command, Instant now) {
        if (ClockRules.SYSTEM.equals(actor) && RATED.equals(command.type())) {
            if (state.rating() != null) {
                return List.of();
            }
            return List.of(NewEvent.toAll(EventTypes.DEAL_RATED, ClockRules.SYSTEM, command.body()));
        }
        if (ClockRules.SYSTEM.equals(actor) || ClockRules.INSTRUCTOR.equals(actor)) {
            return ClockRules.decide(scenario, state, command, now);
        }
        return NegotiationRules.decide(scenario, state, actor, command, now);
    }
}
