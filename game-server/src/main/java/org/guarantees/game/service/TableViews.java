package org.guarantees.game.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.domain.Offer;
import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.OptionRef;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What one role may see of a table: the shared record plus its own private meter. */
public final class TableViews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A role's best possible points, by scenario and role: fixed by the scenario, asked for on every draft change. */
    private static final Map<String, Integer> BEST_POSSIBLE = new ConcurrentHashMap<>();

    private TableViews() {
    }

    public static ObjectNode snapshot(Scenario scenario, TableState state, String role) {
        ObjectNode view = JSON.objectNode()
                .put("phase", state.phase().name())
                .put("round", state.round())
                .put("totalRounds", state.totalRounds())
                .put("version", state.version())
                .put("lastSeq", state.lastSeq());
        view.put("deadline", state.deadline() == null ? null : state.deadline().toString());
        view.put("pausedRemainingMs", state.phase() == Phase.PAUSED ? state.pausedRemainingMs() : 0);
        view.put("endReason", state.endReason());
        ObjectNode draft = view.putObject("draft");
        state.draft().forEach(draft::put);
        ObjectNode origins = view.putObject("origins");
        state.origins().forEach((issue, o) -> origins.putObject(issue)
                .put("role", o.role()).put("round", o.round()).put("version", o.version()));
        ObjectNode stances = view.putObject("stances");
        state.stances().forEach((r, byIssue) -> byIssue.forEach(stances.putObject(r)::put));
        state.signatures().forEach(view.putArray("signatures")::add);
        if (!view.has("signatures")) {
            view.putArray("signatures");
        }
        var offers = view.putArray("offers");
        for (Offer offer : state.offers().values()) {
            if (offer.from().equals(role) || offer.to().equals(role)) {
                ObjectNode o = offers.addObject().put("offerId", offer.id()).put("from", offer.from()).put("to", offer.to());
                o.putObject("give").put("issue", offer.give().issue()).put("option", offer.give().option());
                o.putObject("want").put("issue", offer.want().issue()).put("option", offer.want().option());
            }
        }
        if (state.signing() == null) {
            view.putNull("signing");
        } else {
            view.putObject("signing").put("version", state.signing().version()).put("by", state.signing().by())
                    .put("closesAt", state.signing().closesAt().toString());
        }
        view.put("signingSeconds", state.signingSeconds() > 0 ? state.signingSeconds() : scenario.signingSeconds());
        view.set("rating", state.rating());
        view.set("you", meter(scenario, state, role));
        return view;
    }

    /** The private meter: this role's points for the current draft against its no-deal value and red lines. */
    public static ObjectNode meter(Scenario scenario, TableState state, String role) {
        ObjectNode you = JSON.objectNode().put("role", role);
        Role brief = scenario.role(role).orElse(null);
        if (brief == null) {
            return you;
        }
        you.put("noDealValue", brief.noDealValue()).put("best",
                BEST_POSSIBLE.computeIfAbsent(scenario.id() + "/" + role, key -> brief.bestPossible()));
        boolean complete = state.draft().size() == scenario.issues().size();
        if (complete) {
            you.put("draftPoints", brief.points(state.draft()));
            var crossed = you.putArray("redLinesCrossed");
            for (OptionRef ref : brief.redLinesCrossed(state.draft())) {
                crossed.addObject().put("issue", ref.issue()).put("option", ref.option());
            }
        }
        if (state.phase() == Phase.CONCLUDED) {
            int points = brief.points(state.draft());
            you.put("finalPoints", points).put("gainOverNoDeal", points - brief.noDealValue());
        } else if (state.phase() == Phase.NO_DEAL) {
            you.put("finalPoints", brief.noDealValue()).put("gainOverNoDeal", 0);
        }
        return you;
    }
}
