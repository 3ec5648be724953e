package org.guarantees.scoring.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A security arrangement in general terms; every field but the two states is optional. */
public record Deal(
        @Size(max = 200) String title,
        Integer year,
        @NotNull @CountryCode String protectedState,
        @NotNull @CountryCode String potentialAggressor,
        List<@NotNull @Valid GuaranteeInstrument> instruments,
        Boolean aggressorIsGuarantor,
        Boolean aggressorCanVeto,
        Boolean ceasefire,
        @Valid ForeignForces foreignForces,
        Monitoring monitoring,
        Separation separation,
        @Valid ForceLimits forceLimits,
        AllianceStatus alliance,
        EconomicIntegration economicIntegration,
        Territory territory,
        Sanctions sanctions,
        AggressorCommitments aggressorCommitments,
        @Valid Grievances grievances,
        MilitaryBalance militaryBalance) {
}
