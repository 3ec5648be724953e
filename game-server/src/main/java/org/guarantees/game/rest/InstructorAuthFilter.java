package org.guarantees.game.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.guarantees.game.service.InstructorService;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.UUID;

/**
 * Every path under a seminar ({@code /api/v1/seminars/{seminarId}...}) is the instructor's: the credential is checked
 * before anything else, so an unauthenticated request learns nothing, not even whether its body was valid.
 */
public class InstructorAuthFilter {
    private final InstructorService instructor;
    private final AuthorizedSeminar authorized;

    public InstructorAuthFilter(InstructorService instructor, AuthorizedSeminar authorized) {
        this.instructor = instructor;
        this.authorized = authorized;
    }

    @ServerRequestFilter
    public Response requireInstructor(ContainerRequestContext request, UriInfo uri) {
        String seminarId = uri.getPathParameters().getFirst("seminarId");
        if (seminarId == null) {
            return null;
        }
        try {
            authorized.set(instructor.authorize(UUID.fromString(seminarId),
                    request.getHeaderString(HttpHeaders.AUTHORIZATION)));
            return null;
        } catch (IllegalArgumentException e) {
            return ProblemMappers.respond(401, "Unauthorized", "a valid credential is required", java.util.List.of());
        } catch (ApiProblem problem) {
            return ProblemMappers.respond(problem.status(), problem.title(), problem.getMessage(), problem.violations());
        }
    }
}
