package org.guarantees.scoring.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 code of an existing state, or EU / NATO / UN for an organisation. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCodeValidator.class)
public @interface CountryCode {
    String message() default "must be an ISO 3166-1 alpha-2 country code (or EU, NATO, UN)";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
