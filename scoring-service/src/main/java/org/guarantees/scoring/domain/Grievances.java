package org.guarantees.scoring.domain;

import jakarta.validation.constraints.NotNull;
import java.util.List;

public record Grievances(
        List<@NotNull @CountryCode String> redLinesCrossed,
        List<@NotNull @CountryCode String> maximalistAimsUnmet) {
}
