package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guarantees.scoring.domain.*;

/** Deals drawn at random over every dimension, each left out now and then, from a seed so a failure can be replayed. */
final class RandomDeals {
    private static final String[] STATES = {"UA", "RU", "US", "GB", "FR", "DE", "PL", "CN", "TR", "GE", "MD"};
    private static final Integer[] CEILINGS = {0, 50_000, 250_000, 600_000, 800_000, 1_000_000};

    private final Random random;

    RandomDeals(long seed) {
        this.random = new Random(seed);
    }

    Deal next() {
        return new Deal(maybe("a deal"), maybe(1990 + random.nextInt(40)), pick(STATES), pick(STATES), instruments(),
                bool(), bool(), bool(), maybe(forces()), value(Monitoring.class), value(Separation.class),
                maybe(new ForceLimits(pick(ForceLimit.values()), maybe(pick(CEILINGS)))), value(AllianceStatus.class),
                value(EconomicIntegration.class), value(Territory.class), value(Sanctions.class),
                maybe(new AggressorCommitments(bool(), bool())),
                maybe(new Grievances(maybe(states()), maybe(states()))), value(MilitaryBalance.class));
    }

    private List<GuaranteeInstrument> instruments() {
        if (random.nextInt(5) == 0) {
            return null;
        }
        List<GuaranteeInstrument> instruments = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            List<String> guarantors = states();
            if (guarantors.isEmpty()) {
                guarantors.add(pick(STATES));
            }
            instruments.add(new GuaranteeInstrument(maybe("an instrument"), pick(LegalForm.values()), guarantors,
                    pick(Commitment.values()), pick(Trigger.values()), maybe(capabilities())));
        }
        return instruments;
    }

    private ForeignForces forces() {
        return new ForeignForces(pick(Presence.values()), maybe(states()), bool());
    }

    private List<String> states() {
        List<String> states = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            states.add(pick(STATES));
        }
        return states;
    }

    private List<Capability> capabilities() {
        List<Capability> capabilities = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            if (random.nextInt(3) == 0) {
                capabilities.add(capability);
            }
        }
        return capabilities;
    }

    private <E extends Enum<E>> E value(Class<E> type) {
        return maybe(pick(type.getEnumConstants()));
    }

    private Boolean bool() {
        return maybe(random.nextBoolean());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}
