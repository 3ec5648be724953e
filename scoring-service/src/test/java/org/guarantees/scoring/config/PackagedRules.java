package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Optional;
import org.guarantees.scoring.domain.CaseLibrary;
import org.guarantees.scoring.service.DealRater;
import org.guarantees.scoring.service.DealReader;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The packaged rules and case library, loaded without starting Quarkus, for fast unit tests. */
public final class PackagedRules {
    public static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private PackagedRules() {
    }

    public static DealRater rater() {
        return new DealRater(new RuleSetCompiler(YamlFiles.YAML)
                .compile(YamlFiles.read(Optional.empty(), ActiveRules.PACKAGED_RULES), "packaged"));
    }

    public static DealReader reader() {
        return new DealReader(new ObjectMapper(), VALIDATOR);
    }

    public static CaseLibrary cases() {
        return new CaseLibraryCompiler(reader(), rater())
                .compile(YamlFiles.read(Optional.empty(), ActiveRules.PACKAGED_CASES), "packaged");
    }
}
