package org.guarantees.game.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.game.entity.Seminar;
import org.guarantees.game.scenario.Inject;
import org.guarantees.game.scenario.Scenario;

import org.guarantees.game.service.ScenarioLibrary;

import java.util.List;
import java.util.UUID;

/**
 * The public side of a seminar's scenario for its instructor: roles, issues with their options (to read deals and
 * replays) and the scripted injects the instructor may release. No brief, no points: those belong to the seats.
 */
@Path("/api/v1/seminars/{seminarId}/scenario")
@Produces(MediaType.APPLICATION_JSON)
public class InstructorScenarioResource {
    public record RoleView(String id, String name) {
    }

    public record OptionView(String id, String label) {
    }

    public record IssueView(String id, String title, List<OptionView> options) {
    }

    public record ScenarioView(String id, String title, List<RoleView> roles, List<IssueView> issues,
                               List<Inject> injects) {
    }

    private final AuthorizedSeminar authorized;
    private final ScenarioLibrary scenarios;

    public InstructorScenarioResource(AuthorizedSeminar authorized, ScenarioLibrary scenarios) {
        this.authorized = authorized;
        this.scenarios = scenarios;
    }

    @GET
    public ScenarioView scenario(@PathParam("seminarId") UUID seminarId) {
        Seminar seminar = authorized.get();
        Scenario scenario = scenarios.find(seminar.scenarioId)
                .orElseThrow(() -> ApiProblem.notFound("the seminar's scenario is no longer available"));
        return new ScenarioView(scenario.id(), scenario.title(),
                scenario.roles().stream().map(r -> new RoleView(r.id(), r.name())).toList(),
                scenario.issues().stream().map(i -> new IssueView(i.id(), i.title(),
                        i.options().stream().map(o -> new OptionView(o.id(), o.label())).toList())).toList(),
                scenario.injects());
    }
}
