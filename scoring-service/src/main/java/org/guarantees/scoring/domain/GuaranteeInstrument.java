package org.guarantees.scoring.domain;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record GuaranteeInstrument(
        @Size(max = 200) String name,
        @NotNull LegalForm legalForm,
        @NotEmpty List<@NotNull @CountryCode String> guarantors,
        @NotNull Commitment commitment,
        @NotNull Trigger trigger,
        List<@NotNull Capability> support) {
}
