package org.guarantees.scoring.domain;

import jakarta.validation.constraints.NotNull;
import java.util.List;

public record ForeignForces(
        @NotNull Presence presence,
        List<@NotNull @CountryCode String> providers,
        Boolean hostCanExpel) {
}
