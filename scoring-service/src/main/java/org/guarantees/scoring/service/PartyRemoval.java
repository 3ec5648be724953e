package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guarantees.scoring.domain.*;

/** The same deal without one party: it leaves every instrument and the force on the ground, taking its capabilities. */
final class PartyRemoval {
    private PartyRemoval() {
    }

    static Deal without(Deal deal, String party, Set<Capability> capabilities, Set<String> greatPowers) {
        return new Deal(deal.title(), deal.year(), deal.protectedState(), deal.potentialAggressor(),
                instrumentsWithout(deal.instruments(), party, capabilities), deal.aggressorIsGuarantor(),
                deal.aggressorCanVeto(), deal.ceasefire(), forcesWithout(deal.foreignForces(), party, greatPowers),
                deal.monitoring(), deal.separation(), deal.forceLimits(), deal.alliance(), deal.economicIntegration(),
                deal.territory(), deal.sanctions(), deal.aggressorCommitments(), deal.grievances(),
                deal.militaryBalance());
    }

    private static List<GuaranteeInstrument> instrumentsWithout(List<GuaranteeInstrument> instruments, String party,
                                                                Set<Capability> capabilities) {
        if (instruments == null) {
            return null;
        }
        List<GuaranteeInstrument> kept = new ArrayList<>();
        for (GuaranteeInstrument instrument : instruments) {
            List<String> guarantors = new ArrayList<>(instrument.guarantors());
            if (!guarantors.remove(party)) {
                kept.add(instrument);
            } else if (!guarantors.isEmpty()) {
                List<Capability> support = instrument.support() == null ? null
                        : instrument.support().stream().filter(c -> !capabilities.contains(c)).toList();
                kept.add(new GuaranteeInstrument(instrument.name(), instrument.legalForm(), guarantors,
                        instrument.commitment(), instrument.trigger(), support));
            }
        }
        return kept;
    }

    private static ForeignForces forcesWithout(ForeignForces forces, String party, Set<String> greatPowers) {
        if (forces == null || forces.providers() == null || !forces.providers().contains(party)) {
            return forces;
        }
        List<String> providers = forces.providers().stream().filter(p -> !p.equals(party)).toList();
        Presence presence = forces.presence();
        if (providers.isEmpty()) {
            presence = Presence.NONE;
        } else if (presence == Presence.DETERRENT_FORCE_WITH_GREAT_POWER
                && providers.stream().noneMatch(greatPowers::contains)) {
            presence = Presence.THIRD_PARTY_PEACEKEEPERS;
        }
        return new ForeignForces(presence, providers, forces.hostCanExpel());
    }
}
