package org.guarantees.game.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.game.scenario.ScenarioCatalog;

import java.util.List;

/** The scenarios a seminar can be created with (titles only: briefs are confidential to their seats). */
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {
    public record ScenarioSummary(String id, String title, String summary, int issues, int rounds) {
    }

    private final ScenarioCatalog scenarios;

    public ScenarioResource(ScenarioCatalog scenarios) {
        this.scenarios = scenarios;
    }

    @GET
    public List<ScenarioSummary> list() {
        return scenarios.all().stream().map(s -> new ScenarioSummary(s.id(), s.title(), s.summary(), s.issues().size(),
                s.rounds().size())).toList();
    }
}
