package org.guarantees.scoring.domain;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record ForceLimits(@NotNull ForceLimit limit, @Min(0) Integer personnelCeiling) {
}
