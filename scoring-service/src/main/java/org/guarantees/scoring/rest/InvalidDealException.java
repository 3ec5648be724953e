package org.guarantees.scoring.rest;

import java.util.List;
import org.guarantees.scoring.domain.Violation;

/** The request's deal has bad fields; each is named. */
public class InvalidDealException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidDealException(List<Violation> violations) {
        super("invalid deal: " + violations);
        this.violations = violations;
    }

    public List<Violation> violations() {
        return violations;
    }
}
