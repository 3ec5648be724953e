package org.guarantees.scoring.service;

import java.util.List;
import org.guarantees.scoring.domain.CountryCodeValidator;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.GuaranteeInstrument;

/**
 * A fast, conservative pre-check of the Deal's bean-validation constraints. When it passes, the deal satisfies every
 * constraint; when it fails, full bean validation runs and names the bad fields. DealReaderTest keeps the two in step.
 */
final class QuickCheck {
    private QuickCheck() {
    }

    static boolean passes(Deal deal) {
        if (!code(deal.protectedState()) || !code(deal.potentialAggressor()) || !shortText(deal.title())) {
            return false;
        }
        if (deal.instruments() != null) {
            for (GuaranteeInstrument instrument : deal.instruments()) {
                if (instrument == null || instrument.legalForm() == null || instrument.commitment() == null
                        || instrument.trigger() == null || !shortText(instrument.name())
                        || instrument.guarantors() == null || instrument.guarantors().isEmpty()
                        || !codes(instrument.guarantors()) || !noNulls(instrument.support())) {
                    return false;
                }
            }
        }
        if (deal.foreignForces() != null
                && (deal.foreignForces().presence() == null || !codes(deal.foreignForces().providers()))) {
            return false;
        }
        if (deal.forceLimits() != null && (deal.forceLimits().limit() == null
                || (deal.forceLimits().personnelCeiling() != null && deal.forceLimits().personnelCeiling() < 0))) {
            return false;
        }
        return deal.grievances() == null
                || (codes(deal.grievances().redLinesCrossed()) && codes(deal.grievances().maximalistAimsUnmet()));
    }

    private static boolean code(String code) {
        return CountryCodeValidator.isKnown(code);
    }

    private static boolean codes(List<String> codes) {
        if (codes != null) {
            for (String code : codes) {
                if (!code(code)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean noNulls(List<?> values) {
        return values == null || !values.contains(null);
    }

    private static boolean shortText(String text) {
        return text == null || text.length() <= 200;
    }
}
