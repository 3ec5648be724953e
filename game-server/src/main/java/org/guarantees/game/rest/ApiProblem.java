package org.guarantees.game.rest;

import java.util.List;

/** A refused REST request: becomes application/problem+json naming the offending fields. */
public class ApiProblem extends RuntimeException {
    public record Violation(String field, String message) {
    }

    private final int status;
    private final String title;
    private final List<Violation> violations;

    public ApiProblem(int status, String title, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = violations;
    }

    public static ApiProblem badField(String field, String message) {
        return new ApiProblem(400, "Invalid request", field + ": " + message, List.of(new Violation(field, message)));
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "Not found", what, List.of());
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "Unauthorized", "a valid credential is required (Authorization: Bearer <token>)",
                List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
