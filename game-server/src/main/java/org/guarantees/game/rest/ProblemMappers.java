package org.guarantees.game.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.guarantees.game.domain.MoveRejected;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every REST error is application/problem+json (RFC 9457) and names the fields at fault. */
public class ProblemMappers {
    static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem) {
        return respond(problem.status(), problem.title(), problem.getMessage(), problem.violations());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<ApiProblem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ApiProblem.Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field())).toList();
        return respond(400, "Invalid request", violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")), violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) : "body";
        String message = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                ? "unknown field" : "malformed or of the wrong type";
        return respond(400, "Invalid request", field + ": " + message, List.of(new ApiProblem.Violation(field, message)));
    }

    /** Without this, Quarkus's built-in mapper for this more specific type answers plain JSON naming no field. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response moveRejected(MoveRejected e) {
        return respond(409, e.code(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return respond(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
    }

    /** The field a violation names: "title", or "roundMinutes[0]" for an element of a list (not "<list element>"). */
    private static String lastNode(String path) {
        String named = path.replaceAll("\\.<[^>]*>", "");
        int dot = named.lastIndexOf('.');
        return dot < 0 ? named : named.substring(dot + 1);
    }

    static Response respond(int status, String title, String detail, List<ApiProblem.Violation> violations) {
        return Response.status(status).type(PROBLEM_JSON).entity(Map.of("type", "about:blank", "title", title,
                "status", status, "detail", detail == null ? title : detail, "violations", violations)).build();
    }
}
