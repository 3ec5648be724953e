package org.guarantees.game.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.game.client.CaseLibraryGateway;
import org.guarantees.game.client.NearestPrecedents;
import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.DealMapper;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.service.MoveProcessor;
import org.guarantees.game.service.Tokens;
import org.guarantees.game.store.TableDirectory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The historical cases nearest to a concluded table's deal, for that table's students (seat token as Bearer). */
@Path("/api/v1/tables/{tableId}/precedents")
@Produces(MediaType.APPLICATION_JSON)
public class PrecedentResource {
    static final int NEAREST = 3;

    /**
     * {@code available} is false when the scoring service's case library could not be read; {@code modelCheck} (null
     * then) tells students how far the score's ordering of history can be trusted.
     */
    public record Precedents(boolean available, Integer dealScore, List<NearestPrecedents.Precedent> precedents,
                             CaseLibraryGateway.ModelCheck modelCheck) {
    }

    private final TableDirectory directory;
    private final MoveProcessor processor;
    private final CaseLibraryGateway library;

    public PrecedentResource(TableDirectory directory, MoveProcessor processor, CaseLibraryGateway library) {
        this.directory = directory;
        this.processor = processor;
        this.library = library;
    }

    @GET
    public Precedents nearest(@PathParam("tableId") UUID tableId, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth)
            throws Exception {
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
        boolean seated = !token.isEmpty() && directory.seatOfToken(Tokens.hash(token))
                .filter(seat -> !seat.revoked() && seat.tableId().equals(tableId)).isPresent();
        if (!seated) {
            throw ApiProblem.unauthorized();
        }
        record Seen(TableState state, Scenario scenario) {
        }
        Seen seen = processor.read(tableId, runtime -> new Seen(runtime.state(), runtime.scenario()));
        if (seen.state().phase() != Phase.CONCLUDED) {
            throw new ApiProblem(409, "No deal yet", "the table has not concluded a deal", List.of());
        }
        Map<String, Object> deal = DealMapper.toDeal(seen.scenario(), seen.state().draft());
        var rating = seen.state().rating();
        Integer score = rating != null && rating.path("report").has("score") ? rating.path("report").path("score").asInt() : null;
        CaseLibraryGateway.CaseLibrary cases = library.cases();
        return new Precedents(cases.available(), score, NearestPrecedents.nearest(deal, score, cases.cases(), NEAREST),
                cases.modelCheck());
    }
}
