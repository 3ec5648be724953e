package org.guarantees.game.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guarantees.game.entity.Seminar;
import org.guarantees.game.scenario.InvalidScenarioException;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.guarantees.game.service.ScenarioLibrary;
import org.guarantees.game.service.Tokens;

import java.util.List;

/**
 * The scenarios a seminar can be created with (titles only: briefs are confidential to their seats), and the upload
 * of another scenario file by an instructor (docs/scenario.md describes the format).
 */
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {
    static final int MAX_SCENARIO_CHARS = 512 * 1024;

    /** @param roundMinutes the scenario's own round lengths, which a seminar keeps unless the instructor sets others */
    public record ScenarioSummary(String id, String title, String summary, int issues, int rounds,
                                  java.util.List<Integer> roundMinutes, int signingSeconds) {
        static ScenarioSummary of(Scenario s) {
            return new ScenarioSummary(s.id(), s.title(), s.summary(), s.issues().size(), s.rounds().size(),
                    s.rounds().stream().map(r -> r.minutes()).toList(), s.signingSeconds());
        }
    }

    private final ScenarioCatalog catalog;
    private final ScenarioLibrary library;

    public ScenarioResource(ScenarioCatalog catalog, ScenarioLibrary library) {
        this.catalog = catalog;
        this.library = library;
    }

    @GET
    public List<ScenarioSummary> list() {
        return catalog.all().stream().map(ScenarioSummary::of).toList();
    }

    /** Any instructor (the token of one of their seminars) may add a scenario; it is validated before it is kept. */
    @POST
    @Consumes({"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN})
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, String yaml) {
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
        if (token.isEmpty() || Seminar.byInstructorTokenHash(Tokens.hash(token)).isEmpty()) {
            throw ApiProblem.unauthorized();
        }
        if (yaml == null || yaml.isBlank() || yaml.length() > MAX_SCENARIO_CHARS) {
            throw ApiProblem.badField("body", "a scenario file of at most " + MAX_SCENARIO_CHARS + " characters");
        }
        try {
            return Response.status(201).entity(ScenarioSummary.of(library.upload(yaml))).build();
        } catch (InvalidScenarioException e) {
            throw ApiProblem.badField(e.element(), e.getMessage());
        }
    }
}
