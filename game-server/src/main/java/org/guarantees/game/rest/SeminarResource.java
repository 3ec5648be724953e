package org.guarantees.game.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guarantees.game.entity.Seminar;
import org.guarantees.game.service.ScenarioLibrary;
import org.guarantees.game.service.InstructorService;
import org.guarantees.game.service.ResultsService;
import org.guarantees.game.service.SeminarService;

import java.util.List;
import java.util.UUID;

/** Seminars: created by an instructor, who then runs its tables with the instructor token as a Bearer credential. */
@Path("/api/v1/seminars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeminarResource {
    private final SeminarService seminars;
    private final InstructorService instructor;
    private final ResultsService results;
    private final ScenarioLibrary scenarios;
    private final AuthorizedSeminar authorized;

    public SeminarResource(SeminarService seminars, InstructorService instructor, ResultsService results,
                           ScenarioLibrary scenarios, AuthorizedSeminar authorized) {
        this.seminars = seminars;
        this.instructor = instructor;
        this.results = results;
        this.scenarios = scenarios;
        this.authorized = authorized;
    }

    @POST
    public Response create(@Valid @NotNull Dtos.CreateSeminar request) {
        return Response.status(201).entity(seminars.create(request)).build();
    }

    @GET
    @Path("/{seminarId}")
    public Dtos.SeminarView get(@PathParam("seminarId") UUID seminarId) {
        return instructor.view(authorized.get());
    }

    @GET
    @Path("/{seminarId}/tables")
    public List<Dtos.TableStatus> tables(@PathParam("seminarId") UUID seminarId) {
        return instructor.tables(authorized.get().id);
    }

    @POST
    @Path("/{seminarId}/clock")
    public List<Dtos.TableActionResult> clock(@PathParam("seminarId") UUID seminarId,
                                              @Valid @NotNull Dtos.ClockAction request) {
        ObjectNode body = InstructorService.body();
        List<Integer> minutes = request.roundMinutes() != null ? request.roundMinutes()
                : "start".equals(request.action()) ? authorized.get().roundPlan() : List.of();
        if (!minutes.isEmpty()) {
            minutes.forEach(body.putArray("roundMinutes")::add);
        }
        return instructor.act(seminarId, request.tableId(), request.action(), body);
    }

    @POST
    @Path("/{seminarId}/injects")
    public List<Dtos.TableActionResult> inject(@PathParam("seminarId") UUID seminarId,
                                               @Valid @NotNull Dtos.InjectRequest request) {
        if (request.injectId() == null && (request.title() == null || request.text() == null)) {
            throw ApiProblem.badField("injectId", "name a scenario inject, or give a title and a text");
        }
        ObjectNode body = InstructorService.body().put("injectId", request.injectId())
                .put("title", request.title()).put("text", request.text());
        return instructor.act(seminarId, request.tableId(), "inject", body);
    }

    @POST
    @Path("/{seminarId}/broadcasts")
    public List<Dtos.TableActionResult> broadcast(@PathParam("seminarId") UUID seminarId,
                                                  @Valid @NotNull Dtos.BroadcastRequest request) {
        return instructor.act(seminarId, request.tableId(), "broadcast", InstructorService.body().put("text", request.text()));
    }

    @PUT
    @Path("/{seminarId}/lock")
    public Dtos.SeminarView lock(@PathParam("seminarId") UUID seminarId,
                                 @Valid @NotNull Dtos.LockRequest request) {
        Seminar seminar = authorized.get();
        instructor.setLocked(seminarId, request.locked());
        return instructor.view(seminar);
    }

    @DELETE
    @Path("/{seminarId}/participants/{participantId}")
    public Response remove(@PathParam("seminarId") UUID seminarId, @PathParam("participantId") UUID participantId) {
        instructor.remove(seminarId, participantId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{seminarId}/participants/{participantId}/seat")
    public Dtos.SeminarView move(@PathParam("seminarId") UUID seminarId, @PathParam("participantId") UUID participantId,
                                 @Valid @NotNull Dtos.MoveParticipant request) {
        Seminar seminar = authorized.get();
        instructor.move(seminarId, participantId, request.tableId(), request.role());
        return instructor.view(seminar);
    }

    @GET
    @Path("/{seminarId}/results")
    public List<Dtos.TableResult> results(@PathParam("seminarId") UUID seminarId) throws Exception {
        return results.results(seminarId);
    }

    @GET
    @Path("/{seminarId}/results.csv")
    @Produces("text/csv")
    public Response resultsCsv(@PathParam("seminarId") UUID seminarId) throws Exception {
        Seminar seminar = authorized.get();
        String csv = ResultsService.csv(results.results(seminarId), scenarios.find(seminar.scenarioId).orElseThrow().roleIds());
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"results.csv\"").build();
    }
}
