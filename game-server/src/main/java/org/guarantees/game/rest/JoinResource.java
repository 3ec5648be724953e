package org.guarantees.game.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.game.service.SeminarService;

/** Students join a seminar with its code and get a seat token for the table's WebSocket. */
@Path("/api/v1/join")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JoinResource {
    private final SeminarService seminars;
    private final JoinThrottle throttle;

    public JoinResource(SeminarService seminars, JoinThrottle throttle) {
        this.seminars = seminars;
        this.throttle = throttle;
    }

    @POST
    public Dtos.Joined join(@Valid @NotNull Dtos.Join request, io.vertx.core.http.HttpServerRequest http) {
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        throttle.check(client);
        try {
            return seminars.join(request);
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                throttle.failed(client);
            }
            throw problem;
        }
    }
}
