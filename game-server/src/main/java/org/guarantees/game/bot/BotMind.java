package org.guarantees.game.bot;

import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.Offer;
import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One bot's mind: it folds the events its seat receives into its own view of the table (with the same fold as the
 * server) and, when asked, decides its next move from that view, its brief and its concession strategy. It sees what
 * its seat sees and nothing else. Every signature passes the {@link HardGuard}.
 */
public final class BotMind {
    private final SeatBrief brief;
    private final ConcessionStrategy strategy;
    private final OpponentModel model = new OpponentModel();
    private final OpponentConcessions concessions;
    private final DraftCritic critic;
    private final int bestPossible;
    private TableState view = TableState.initial();

    public BotMind(SeatBrief brief, ConcessionStrategy strategy) {
        this.brief = brief;
        this.strategy = strategy;
        this.bestPossible = brief.bestPossible();
        this.concessions = new OpponentConcessions(bestPossible, brief.noDealValue() + 1);
        this.critic = new DraftCritic(brief);
    }

    public void observe(GameEvent event) {
        if (event.seq() <= view.lastSeq()) {
            return;
        }
        Map<String, String> before = view.draft();
        learn(event, before);
        view = TableFold.apply(view, event);
        boolean draftChanged = event.type().equals(EventTypes.DRAFT_PROPOSED)
                || event.type().equals(EventTypes.DRAFT_AMENDED) || event.type().equals(EventTypes.OFFER_ACCEPTED);
        if (draftChanged && !event.actor().equals(brief.role()) && complete(view.draft())) {
            concessions.draftByOthers(brief.points(view.draft()));
        }
    }

    /** The bot's next move or moves (a stance may come with its explanation), or none when it waits. */
    public List<Command> decide(Instant now) {
        if (view.phase() != Phase.NEGOTIATION) {
            return List.of();
        }
        Optional<Offer> offer = view.offers().values().stream().filter(o -> o.to().equals(brief.role())).findFirst();
        if (offer.isPresent()) {
            return List.of(answer(offer.get()));
        }
        if (view.version() == 0 || !complete(view.draft())) {
            return List.of(MoveBuilder.propose(view.version(), brief.bestPackage()));
        }
        Optional<List<Command>> objection = critic.objection(view);
        if (objection.isPresent()) {
            return objection.get();
        }
        int value = brief.points(view.draft());
        boolean enough = value >= target(now);
        if (enough && HardGuard.maySign(brief, view.draft()) && !view.signatures().contains(brief.role())) {
            return List.of(MoveBuilder.sign(view.version()));
        }
        if (!enough || brief.crossesAny(view.draft())) {
            var amendment = AmendmentSearch.best(brief, model, view.draft(), bestPossible);
            if (amendment.isPresent()) {
                return List.of(MoveBuilder.amend(view.version(), amendment.get().issue(), amendment.get().option()));
            }
        }
        return critic.support(view).map(List::of).orElse(List.of());
    }

    /** The points this bot asks for now: its concession strategy applied between its best and its reservation. */
    public double target(Instant now) {
        double reservation = brief.noDealValue() + 1;
        double conceded = strategy.concession(NegotiationClock.elapsedShare(view, now), concessions);
        return bestPossible - (bestPossible - reservation) * conceded;
    }

    public TableState view() {
        return view;
    }

    public SeatBrief brief() {
        return brief;
    }

    private Command answer(Offer offer) {
        Map<String, String> after = new HashMap<>(view.draft());
        after.put(offer.give().issue(), offer.give().option());
        after.put(offer.want().issue(), offer.want().option());
        boolean better = complete(view.draft()) && !brief.crossesAny(after)
                && brief.points(after) > brief.points(view.draft());
        return MoveBuilder.offerAnswer(offer.id(), better);
    }

    private void learn(GameEvent event, Map<String, String> before) {
        String actor = event.actor();
        switch (event.type()) {
            case EventTypes.DRAFT_PROPOSED -> event.data().path("options").fields().forEachRemaining(
                    e -> model.proposed(actor, e.getKey(), e.getValue().asText()));
            case EventTypes.DRAFT_AMENDED -> model.amended(actor, event.data().path("issue").asText(),
                    before.get(event.data().path("issue").asText()), event.data().path("option").asText());
            case EventTypes.CLAUSE_STANCE -> model.stance(actor, event.data().path("issue").asText(),
                    before.get(event.data().path("issue").asText()), event.data().path("stance").asText());
            default -> {
                // other events carry no sign of what a role wants
            }
        }
    }

    private boolean complete(Map<String, String> draft) {
        return draft.keySet().containsAll(brief.options().keySet());
    }
}
