package org.guarantees.game.bot;

import java.util.List;
import java.util.Optional;

/** The strategies an instructor can give a bot, by the name used in the REST API and the tournament. */
public final class Strategies {
    public static final List<ConcessionStrategy> ALL =
            List.of(TimeDependent.BOULWARE, TimeDependent.CONCEDER, new TitForTat());

    private Strategies() {
    }

    public static Optional<ConcessionStrategy> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(ConcessionStrategy::name).toList();
    }
}
