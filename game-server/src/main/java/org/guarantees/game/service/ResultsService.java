package org.guarantees.game.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.entity.GameTable;
import org.guarantees.game.rest.Dtos;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A seminar's outcomes, table by table: the deal, each role's points against its no-deal value, the rating. */
@ApplicationScoped
public class ResultsService {
    private final MoveProcessor processor;

    public ResultsService(MoveProcessor processor) {
        this.processor = processor;
    }

    public List<Dtos.TableResult> results(UUID seminarId) throws Exception {
        List<GameTable> tables = QuarkusTransaction.requiringNew().call(() -> GameTable.ofSeminar(seminarId));
        List<Dtos.TableResult> results = new ArrayList<>();
        for (GameTable table : tables) {
            results.add(processor.read(table.id, runtime -> result(table, runtime.scenario(), runtime.state())));
        }
        return results;
    }

    private static Dtos.TableResult result(GameTable table, Scenario scenario, TableState state) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, Integer> noDeal = new LinkedHashMap<>();
        boolean concluded = state.phase() == Phase.CONCLUDED;
        for (Role role : scenario.roles()) {
            noDeal.put(role.id(), role.noDealValue());
            points.put(role.id(), concluded ? role.points(state.draft()) : role.noDealValue());
        }
        return new Dtos.TableResult(table.id, table.number, state.phase().name(), state.endReason(), state.version(),
                concluded ? new LinkedHashMap<>(state.draft()) : Map.of(), points, noDeal,
                state.rating() == null ? null : state.rating().get("report"));
    }

    public static String csv(List<Dtos.TableResult> results, List<String> roles) {
        StringBuilder out = new StringBuilder("table,phase,end_reason,draft_version,durability_score,durability_band");
        roles.forEach(r -> out.append(",points_").append(r).append(",no_deal_").append(r));
        out.append('\n');
        for (Dtos.TableResult r : results) {
            var report = r.rating() instanceof com.fasterxml.jackson.databind.JsonNode n ? n : null;
            out.append(r.number()).append(',').append(r.phase()).append(',')
                    .append(r.endReason() == null ? "" : r.endReason()).append(',').append(r.draftVersion()).append(',')
                    .append(report == null ? "" : report.path("score").asText()).append(',')
                    .append(report == null ? "" : report.path("band").asText());
            roles.forEach(role -> out.append(',').append(r.points().get(role)).append(',').append(r.noDealValues().get(role)));
            out.append('\n');
        }
        return out.toString();
    }
}
