package org.guarantees.scoring.config;

import java.util.List;
import org.guarantees.scoring.domain.GuaranteeInstrument;
import org.guarantees.scoring.service.Condition;
import org.guarantees.scoring.service.DealField;
import org.guarantees.scoring.service.Facts;

/** The condition language's connectives: all, any, not, and some instrument. */
final class Connectives {
    private Connectives() {
    }

    static final class All extends Condition {
        private final Condition[] parts;

        All(List<Condition> parts) {
            this.parts = parts.toArray(Condition[]::new);
        }

        Condition[] parts() {
            return parts;
        }

        @Override
        public boolean test(Facts facts, GuaranteeInstrument instrument) {
            for (Condition part : parts) {
                if (!part.test(facts, instrument)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class Any extends Condition {
        private final Condition[] parts;

        Any(List<Condition> parts) {
            this.parts = parts.toArray(Condition[]::new);
        }

        Condition[] parts() {
            return parts;
        }

        @Override
        public boolean test(Facts facts, GuaranteeInstrument instrument) {
            for (Condition part : parts) {
                if (part.test(facts, instrument)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Not extends Condition {
        private final Condition inner;

        Not(Condition inner) {
            this.inner = inner;
        }

        Condition inner() {
            return inner;
        }

        @Override
        public boolean test(Facts facts, GuaranteeInstrument instrument) {
            return !inner.test(facts, instrument);
        }
    }

    static final class SomeInstrument extends Condition {
        private final Condition each;

        SomeInstrument(Condition each) {
            this.each = each;
        }

        Condition each() {
            return each;
        }

        @Override
        public boolean test(Facts facts, GuaranteeInstrument ignored) {
            @SuppressWarnings("unchecked")
            List<GuaranteeInstrument> instruments = (List<GuaranteeInstrument>) facts.get(DealField.INSTRUMENTS);
            for (int i = 0, size = instruments == null ? 0 : instruments.size(); i < size; i++) {
                if (each.test(facts, instruments.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
