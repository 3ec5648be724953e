package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guarantees.scoring.domain.*;

/** The same deal without one party: it leaves every instrument and the force on the ground, taking its capabilities. */
final class PartyRemoval {
    private PartyRemoval() {
    }

    /** The deal itself, not a copy, when the party is in none of its instruments and provides no force. */
    static Deal without(Deal deal, String party, Set<Capability> capabilities, Set<String> greatPowers) {
        List<GuaranteeInstrument> instruments = instrumentsWithout(deal.instruments(), party, capabilities);
        ForeignForces forces = forcesWithout(deal.foreignForces(), party, greatPowers);
        if (instruments == deal.instruments() && forces == deal.foreignForces()) {
            return deal;
        }
        return new Deal(deal.title(), deal.year(), deal.protectedState(), deal.potentialAggressor(), instruments,
                deal.aggressorIsGuarantor(), deal.aggressorCanVeto(), deal.ceasefire(), forces,
                deal.monitoring(), deal.separation(), deal.forceLimits(), deal.alliance(), deal.economicIntegration(),
                deal.territory(), deal.sanctions(), deal.aggressorCommitments(), deal.grievances(),
                deal.militaryBalance());
    }

    private static List<GuaranteeInstrument> instrumentsWithout(List<GuaranteeInstrument> instruments, String party,
                                                                Set<Capability> capabilities) {
        if (instruments == null || !anyGuaranteedBy(instruments, party)) {
            return instruments;
        }
        List<GuaranteeInstrument> kept = new ArrayList<>();
        for (GuaranteeInstrument instrument : instruments) {
            List<String> guarantors = new ArrayList<>(instrument.guarantors());
            if (!guarantors.remove(party)) {
                kept.add(instrument);
            } else if (!guarantors.isEmpty()) {
                List<Capability> support = instrument.support() == null ? null
                        : withoutCapabilities(instrument.support(), capabilities);
                kept.add(new GuaranteeInstrument(instrument.name(), instrument.legalForm(), guarantors,
                        instrument.commitment(), instrument.trigger(), support));
            }
        }
        return kept;
    }

    private static List<Capability> withoutCapabilities(List<Capability> support, Set<Capability> removed) {
        List<Capability> kept = new ArrayList<>(support.size());
        for (Capability capability : support) {
            if (!removed.contains(capability)) {
                kept.add(capability);
            }
        }
        return kept;
    }

    private static boolean anyGuaranteedBy(List<GuaranteeInstrument> instruments, String party) {
        for (GuaranteeInstrument instrument : instruments) {
            if (instrument.guarantors().contains(party)) {
                return true;
            }
        }
        return false;
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
