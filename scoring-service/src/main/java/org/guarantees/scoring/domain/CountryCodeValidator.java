package org.guarantees.scoring.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
    private static final Set<String> KNOWN = Stream.concat(
            Stream.of(Locale.getISOCountries()), Stream.of("EU", "NATO", "UN"))
            .collect(Collectors.toUnmodifiableSet());

    /** Every known code, for readers that match codes without building a String for each. */
    public static Set<String> knownCodes() {
        return KNOWN;
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || KNOWN.contains(value);
    }
}
