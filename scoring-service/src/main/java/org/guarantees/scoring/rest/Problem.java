package org.guarantees.scoring.rest;

import java.util.List;
import org.guarantees.scoring.domain.Violation;

/** An RFC 9457 problem detail, with the bad fields listed in {@code violations}. */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
