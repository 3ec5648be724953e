package org.guarantees.scoring.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.guarantees.scoring.domain.Violation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns bad requests and unknown resources into application/problem+json answers. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidDeal(InvalidDealException e) {
        int count = e.violations().size();
        return problem(400, "/problems/invalid-deal", "The deal is invalid",
                count + (count == 1 ? " field is" : " fields are") + " bad; see violations", e.violations());
    }

    @ServerExceptionMapper
    public Response unknownCase(UnknownCaseException e) {
        return problem(404, "/problems/unknown-case", "No such historical case", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(404, "/problems/not-found", "Not found", "No resource at this address", List.of());
    }

    static Response problem(int status, String type, String title, String detail, List<Violation> violations) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, violations)).build();
    }
}
