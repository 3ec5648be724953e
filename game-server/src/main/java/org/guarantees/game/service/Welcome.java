package org.guarantees.game.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

/** The first frame a seat gets: the public scenario, its own confidential brief, and the table as it stands. */
@ApplicationScoped
public class Welcome {
    private final ObjectMapper json;

    public Welcome(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode frame(TableRuntime runtime, SeatConnection seat) {
        Scenario scenario = runtime.scenario();
        ObjectNode frame = json.createObjectNode().put("type", "welcome")
                .put("tableId", runtime.tableId().toString()).put("role", seat.role())
                .put("participantId", seat.participantId().toString());
        frame.set("scenario", publicScenario(scenario));
        scenario.role(seat.role()).ifPresent(role -> frame.set("brief", brief(role)));
        frame.set("state", TableViews.snapshot(scenario, runtime.state(), seat.role()));
        return frame;
    }

    private ObjectNode publicScenario(Scenario scenario) {
        ObjectNode node = json.createObjectNode().put("id", scenario.id()).put("title", scenario.title())
                .put("summary", scenario.summary());
        ArrayNode roles = node.putArray("roles");
        scenario.roles().forEach(r -> roles.addObject().put("id", r.id()).put("name", r.name()));
        ArrayNode issues = node.putArray("issues");
        scenario.issues().forEach(issue -> {
            ObjectNode i = issues.addObject().put("id", issue.id()).put("title", issue.title())
                    .put("description", issue.description());
            ArrayNode options = i.putArray("options");
            issue.options().forEach(o -> options.addObject().put("id", o.id()).put("label", o.label())
                    .put("description", o.description()));
        });
        node.set("rounds", json.valueToTree(scenario.rounds()));
        return node;
    }

    private ObjectNode brief(Role role) {
        ObjectNode brief = json.valueToTree(role.brief());
        brief.put("roleName", role.name()).put("noDealValue", role.noDealValue())
                .put("best", role.bestPossible()).put("worst", role.worstPossible());
        brief.set("points", json.valueToTree(role.points()));
        brief.set("redLines", json.valueToTree(role.redLines()));
        return brief;
    }
}
