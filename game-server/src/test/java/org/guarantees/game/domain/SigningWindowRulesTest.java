package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signing procedure as the rules decide it, on the shipped scenario: a signature puts the version out for signature
 * and freezes the draft; the window ends when all sign, one declines with a reason, or it closes; a later change tells
 * the signers it cleared their signatures. Also: an inject sent by hand is not sent again by the schedule.
 */
class SigningWindowRulesTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final Scenario scenario = new ScenarioCatalog(Optional.empty()).defaultScenario();
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private TableState state = TableState.initial();

    @BeforeEach
    void aTableWithADraft() {
        clock("start", JSON.objectNode());
        ObjectNode options = JSON.objectNode();
        scenario.defaultSelection().forEach(options::put);
        ObjectNode propose = JSON.objectNode().put("baseVersion", 0);
        propose.set("options", options);
        move("usa", "propose", propose);
    }

    @Test
    void theFirstSignaturePutsTheVersionOutForSignatureAndFreezesTheDraft() {
        List<GameEvent> events = move("usa", "sign", JSON.objectNode().put("version", 1));

        assertThat(events).extracting(GameEvent::type).containsExactly("signing.opened", "deal.signed");
        assertThat(events.get(0).data().path("closesAt").asText())
                .isEqualTo(now.plusSeconds(scenario.signingSeconds()).toString());
        assertThat(state.signing().version()).isEqualTo(1);
        assertThatThrownBy(() -> move("russia", "amend", changeNato()))
                .isInstanceOfSatisfying(MoveRejected.class, e -> assertThat(e.code()).isEqualTo("DRAFT_FROZEN"));
    }

    @Test
    void whenEveryRoleSignsInTheWindowTheTableConcludes() {
        move("usa", "sign", JSON.objectNode().put("version", 1));
        move("russia", "sign", JSON.objectNode().put("version", 1));
        move("europe", "sign", JSON.objectNode().put("version", 1));
        List<GameEvent> last = move("ukraine", "sign", JSON.objectNode().put("version", 1));

        assertThat(last).extracting(GameEvent::type).containsExactly("deal.signed", "table.concluded");
        assertThat(state.phase()).isEqualTo(Phase.CONCLUDED);
    }

    @Test
    void aDeclineWithAReasonReopensTheDraftAndTheNextChangeNamesTheSignaturesItClears() {
        move("usa", "sign", JSON.objectNode().put("version", 1));
        move("europe", "sign", JSON.objectNode().put("version", 1));
        assertThatThrownBy(() -> move("russia", "decline-signing", JSON.objectNode().put("version", 1)))
                .as("a decline needs a reason").isInstanceOf(MoveRejected.class);

        List<GameEvent> declined = move("russia", "decline-signing",
                JSON.objectNode().put("version", 1).put("reason", "Territory crosses our red line"));
        assertThat(declined.get(0).data().path("reason").asText()).isEqualTo("Territory crosses our red line");
        assertThat(state.signing()).as("the draft is open again").isNull();
        assertThat(state.signatures()).as("signatures stay on the unchanged version").containsExactlyInAnyOrder("usa", "europe");

        List<GameEvent> amended = move("russia", "amend", changeNato());
        assertThat(amended.get(0).data().path("cleared")).extracting(n -> n.asText()).containsExactly("europe", "usa");
        assertThat(state.signatures()).isEmpty();
    }

    @Test
    void aWindowThatClosesWithSignaturesMissingLapsesAndNamesWhoWasAwaited() {
        move("usa", "sign", JSON.objectNode().put("version", 1));
        now = now.plusSeconds(scenario.signingSeconds() - 1);
        assertThat(clock("tick", JSON.objectNode())).as("still open a second before it closes").isEmpty();

        now = now.plusSeconds(1);
        List<GameEvent> lapsed = clock("tick", JSON.objectNode());
        assertThat(lapsed).extracting(GameEvent::type).containsExactly("signing.lapsed");
        assertThat(lapsed.get(0).data().path("awaiting")).extracting(n -> n.asText())
                .containsExactlyInAnyOrder("ukraine", "russia", "europe");
        assertThat(move("russia", "amend", changeNato())).hasSize(1);
    }

    @Test
    void anInjectSentByHandIsNotSentAgainWhenItsRoundStarts() {
        String injectId = scenario.injects().stream().filter(i -> i.afterRound() == 1).findFirst().orElseThrow().id();
        clock("inject", JSON.objectNode().put("injectId", injectId));

        List<GameEvent> round2 = clock("advance", JSON.objectNode());

        assertThat(round2.get(0).data().path("injects")).extracting(n -> n.path("id").asText()).doesNotContain(injectId);
    }

    /** An amendment of the NATO clause to an option other than the draft's. */
    private ObjectNode changeNato() {
        String other = scenario.issue("nato").orElseThrow().options().stream().map(o -> o.id())
                .filter(o -> !o.equals(state.draft().get("nato"))).findFirst().orElseThrow();
        return JSON.objectNode().put("baseVersion", state.version()).put("issue", "nato").put("option", other);
    }

    private List<GameEvent> move(String role, String type, ObjectNode body) {
        return commit(NegotiationRules.decide(scenario, state, role, new Command(type, body), now));
    }

    private List<GameEvent> clock(String type, ObjectNode body) {
        return commit(ClockRules.decide(scenario, state, new Command(type, body), now));
    }

    private List<GameEvent> commit(List<NewEvent> events) {
        List<GameEvent> numbered = events.stream().map(e -> e.numbered(state.lastSeq() + 1 + events.indexOf(e), null, now))
                .toList();
        numbered.forEach(e -> state = TableFold.apply(state, e));
        return numbered;
    }
}
