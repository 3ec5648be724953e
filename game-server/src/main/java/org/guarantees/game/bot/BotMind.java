package org.guarantees.game.bot;

import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.Offer;
import org.guarantees.game.domain.OptionChoice;
import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * One bot's mind: it folds the events its seat receives into its own view of the table (with the same fold as the
 * server) and decides its next moves from that view, its brief and its concession strategy. It sees what its seat sees
 * and nothing else. It plays at a human pace ({@link BotPace}): it acts a think time after something changed (or
 * after a think time of quiet), and changes the draft at most once per interval. Every signature passes the
 * {@link HardGuard}.
 */
public final class BotMind {
    /**
     * Other roles objecting to the draft beyond which a bot does not put a version out for signature: none, since a
     * bot that would sign lets its objections go, so an objection left standing means a role that would decline.
     */
    private static final int OBJECTORS_TOLERATED = 0;
    private final SeatBrief brief;
    private final ConcessionStrategy strategy;
    private final BotPace pace;
    private final Random random;
    private final OpponentModel model = new OpponentModel();
    private final OpponentConcessions concessions;
    private final BotVoice voice;
    private final DraftCritic critic;
    private final int bestPossible;
    private final Deque<Question> questions = new ArrayDeque<>();
    /** Versions that went out for signature and failed: this bot does not put them out again. */
    private final Set<Integer> failedVersions = new HashSet<>();
    private TableState view = TableState.initial();
    private Instant wakeAt;
    private Instant lastDraftChange = Instant.EPOCH;
    private Instant lastWindowEnded = Instant.EPOCH;

    /** A chat message addressed to this bot, waiting for its answer. */
    private record Question(String from, boolean privately, String text) {
    }

    public BotMind(SeatBrief brief, ConcessionStrategy strategy) {
        this(brief, strategy, BotPace.HUMAN, new Random(brief.role().hashCode()));
    }

    public BotMind(SeatBrief brief, ConcessionStrategy strategy, BotPace pace, Random random) {
        this.brief = brief;
        this.strategy = strategy;
        this.pace = pace;
        this.random = random;
        this.bestPossible = brief.bestPossible();
        this.concessions = new OpponentConcessions(bestPossible, brief.noDealValue() + 1);
        this.voice = new BotVoice(brief);
        this.critic = new DraftCritic(brief, voice);
    }

    public void observe(GameEvent event) {
        if (event.seq() <= view.lastSeq()) {
            return;
        }
        Map<String, String> before = view.draft();
        learn(event, before);
        view = TableFold.apply(view, event);
        boolean draftChanged = isDraftChange(event);
        if (event.type().equals(EventTypes.SIGNING_DECLINED) || event.type().equals(EventTypes.SIGNING_LAPSED)) {
            failedVersions.add(event.data().path("version").asInt());
            lastWindowEnded = event.at();
        }
        if (event.actor().equals(brief.role())) {
            if (draftChanged) {
                lastDraftChange = event.at();
            }
            return;
        }
        if (draftChanged && complete(view.draft())) {
            concessions.draftByOthers(brief.points(view.draft()));
        }
        switch (event.type()) {
            case EventTypes.CHAT_POSTED -> hear(event);
            case EventTypes.SIGNING_DECLINED, EventTypes.SIGNING_LAPSED, EventTypes.OFFER_MADE, EventTypes.SIGNING_OPENED, EventTypes.DEAL_SIGNED, EventTypes.TABLE_STARTED,
                 EventTypes.ROUND_STARTED, EventTypes.CLAUSE_STANCE, EventTypes.CLOCK_RESUMED ->
                    wakeAfterThinking(event.at());
            default -> {
                if (draftChanged) {
                    wakeAfterThinking(event.at());
                }
            }
        }
    }

    /**
     * The bot's moves at {@code now}: none until its think time has passed; then at most an answer to one question and
     * one move on the draft (a stance may come with its explanation).
     */
    public List<Command> decide(Instant now) {
        if (view.phase() != Phase.NEGOTIATION) {
            return List.of();
        }
        if (wakeAt == null) {
            wakeAfterThinking(now);
            return List.of();
        }
        if (now.isBefore(wakeAt)) {
            return List.of();
        }
        wakeAt = null;
        wakeAfterThinking(now); // look again after a think time of quiet: the clock alone moves the bot's target
        List<Command> moves = new ArrayList<>();
        answerQuestion().ifPresent(moves::add);
        moves.addAll(act(now));
        return moves;
    }

    /** The points this bot asks for now: its concession strategy applied between its best and its reservation. */
    public double target(Instant now) {
        double reservation = brief.noDealValue() + 1;
        if (closingTime(now)) {
            return reservation;
        }
        double conceded = strategy.concession(NegotiationClock.elapsedShare(view, now), concessions);
        return bestPossible - (bestPossible - reservation) * conceded;
    }

    /**
     * Whether the last round has no more than one signing window left: then any deal worth more than no deal beats the
     * no deal the clock is about to bring.
     */
    private boolean closingTime(Instant now) {
        long window = view.signingSeconds() > 0 ? view.signingSeconds() : 120;
        return NegotiationClock.timeLeft(view, now).toSeconds() <= window && view.round() >= view.totalRounds();
    }

    public TableState view() {
        return view;
    }

    public SeatBrief brief() {
        return brief;
    }

    private List<Command> act(Instant now) {
        if (view.signing() != null) {
            return signingAnswer(now);
        }
        Optional<Offer> offer = view.offers().values().stream().filter(o -> o.to().equals(brief.role())).findFirst();
        if (offer.isPresent()) {
            return answer(offer.get(), now);
        }
        if (view.version() == 0 || !complete(view.draft())) {
            return mayChangeDraft(now) ? List.of(MoveBuilder.propose(view.version(), brief.bestPackage())) : List.of();
        }
        int value = brief.points(view.draft());
        boolean enough = value >= target(now);
        boolean content = enough && HardGuard.maySign(brief, view.draft());
        if (content) {
            // a bot that would sign the draft as it stands lets its old objections go, so the others can see it
            Map<String, String> mine = view.stances().getOrDefault(brief.role(), Map.of());
            Optional<String> withdrawn = brief.options().keySet().stream()
                    .filter(issue -> "object".equals(mine.get(issue))).findFirst();
            if (withdrawn.isPresent()) {
                return List.of(MoveBuilder.stance(view.version(), withdrawn.get(), "none", null));
            }
        } else {
            Optional<List<Command>> objection = critic.objection(view, model);
            if (objection.isPresent()) {
                return objection.get();
            }
        }
        if (content && !view.signatures().contains(brief.role())
                && !failedVersions.contains(view.version()) && mayOpenWindow(now)) {
            return List.of(MoveBuilder.sign(view.version()));
        }
        if ((!enough || brief.crossesAny(view.draft())) && mayChangeDraft(now)) {
            var amendment = AmendmentSearch.best(brief, model, view.draft(), bestPossible);
            if (amendment.isPresent()) {
                return List.of(MoveBuilder.amend(view.version(), amendment.get().issue(), amendment.get().option()));
            }
        }
        return critic.support(view).map(List::of).orElse(List.of());
    }

    /** Inside a signing window: sign a version worth signing, else decline it saying what would make it signable. */
    private List<Command> signingAnswer(Instant now) {
        int version = view.signing().version();
        if (version != view.version() || view.signatures().contains(brief.role())) {
            return List.of();
        }
        if (HardGuard.maySign(brief, view.draft()) && brief.points(view.draft()) >= target(now)) {
            return List.of(MoveBuilder.sign(version));
        }
        String issue = critic.mostAtStake(view.draft());
        String option = view.draft().get(issue);
        String wanted = critic.acceptable(issue, option, model);
        return List.of(MoveBuilder.declineSigning(version, voice.versionDeclined(version, issue, option, wanted)));
    }

    private List<Command> answer(Offer offer, Instant now) {
        Map<String, String> after = new HashMap<>(view.draft());
        after.put(offer.give().issue(), offer.give().option());
        after.put(offer.want().issue(), offer.want().option());
        boolean better = complete(view.draft()) && !brief.crossesAny(after)
                && brief.points(after) > brief.points(view.draft());
        if (better) {
            return mayChangeDraft(now) ? List.of(MoveBuilder.acceptOffer(offer.id())) : List.of();
        }
        OptionChoice give = offer.give();
        OptionChoice want = offer.want();
        int gain = brief.points(give.issue(), give.option()) - brief.points(give.issue(), view.draft().get(give.issue()));
        int cost = brief.points(want.issue(), view.draft().get(want.issue())) - brief.points(want.issue(), want.option());
        return List.of(MoveBuilder.declineOffer(offer.id(),
                voice.offerDeclined(give.issue(), give.option(), want.issue(), want.option(), gain, cost)));
    }

    private Optional<Command> answerQuestion() {
        Question question = questions.poll();
        if (question == null) {
            return Optional.empty();
        }
        String issue = voice.clauseNamedIn(question.text()).orElseGet(() -> critic.mostAtStake(view.draft()));
        String line = brief.roleName(question.from()) + ", on " + brief.title(issue) + ": " + position(issue)
                + exchange(issue);
        return voice.firstNew(List.of(line, "At version " + view.version() + ", " + line,
                        "Round " + view.round() + ", version " + view.version() + ": " + line,
                        "To answer " + brief.roleName(question.from()) + " again at version " + view.version() + ": " + line))
                .map(text -> MoveBuilder.chat(text, question.privately() ? question.from() : null));
    }

    /** Where this role stands on the issue as the draft has it, and why, in its brief's words. */
    private String position(String issue) {
        String current = view.draft().get(issue);
        String favourite = brief.bestOption(issue);
        if (current == null) {
            return "there is no draft yet; we want " + brief.label(issue, favourite) + ". " + voice.talkingPoint(issue);
        }
        if (brief.crosses(issue, current)) {
            return brief.label(issue, current) + " is a red line for us: we cannot sign it. " + voice.talkingPoint(issue);
        }
        if (current.equals(favourite)) {
            return "we need " + brief.label(issue, current) + " kept as it is. " + voice.talkingPoint(issue);
        }
        if (!critic.serious(issue, current)) {
            return "we can live with " + brief.label(issue, current) + ", though we prefer "
                    + brief.label(issue, favourite) + ". " + voice.talkingPoint(issue);
        }
        return "we cannot accept " + brief.label(issue, current) + ": it costs us " + critic.loss(issue, current)
                + " of our points there. " + voice.talkingPoint(issue);
    }

    /** What this role would accept on the issue, and what it wants elsewhere in exchange. */
    private String exchange(String issue) {
        String current = view.draft().get(issue);
        Optional<OptionChoice> trade = complete(view.draft())
                ? AmendmentSearch.best(brief, model, view.draft(), bestPossible, issue) : Optional.empty();
        String elsewhere = trade.map(t -> brief.title(t.issue()) + ": " + brief.label(t.issue(), t.option())).orElse(null);
        if (current == null || current.equals(brief.bestOption(issue))) {
            return elsewhere == null ? "" : " What we need now is " + elsewhere + ".";
        }
        String alternative = critic.acceptable(issue, current, model);
        if (!critic.serious(issue, current)) {
            return elsewhere == null ? "" : " We would leave it as it is if we get " + elsewhere + ".";
        }
        return " We could accept " + brief.label(issue, alternative)
                + (elsewhere == null ? "." : ", and we would move further there for " + elsewhere + ".");
    }

    /** A chat message to this bot: private to it, or a public question that names it. */
    private void hear(GameEvent event) {
        String text = event.data().path("text").asText("");
        String to = event.data().path("to").asText(null);
        boolean privately = brief.role().equals(to);
        if (privately || (to == null && text.contains("?") && voice.addressedIn(text))) {
            questions.add(new Question(event.actor(), privately, text));
            wakeAfterThinking(event.at());
        }
    }

    private void wakeAfterThinking(Instant from) {
        Instant candidate = from.plus(pace.think(random, NegotiationClock.timeLeft(view, from)));
        if (wakeAt == null || candidate.isBefore(wakeAt)) {
            wakeAt = candidate;
        }
    }

    private boolean mayChangeDraft(Instant now) {
        Duration interval = pace.draftChangeInterval(NegotiationClock.timeLeft(view, now));
        return !now.isBefore(lastDraftChange.plus(interval));
    }

    /**
     * Whether this bot may put a version out for signature: only while no other role objects to a clause of the draft
     * as it stands (the public sign that the others could sign it), and not within two draft-change intervals
     * of a window that failed, so that students are not held in one frozen draft after another.
     */
    private boolean mayOpenWindow(Instant now) {
        Duration interval = pace.draftChangeInterval(NegotiationClock.timeLeft(view, now));
        long objectors = view.stances().entrySet().stream().filter(e -> !e.getKey().equals(brief.role()))
                .filter(e -> e.getValue().containsValue("object")).count();
        return objectors <= OBJECTORS_TOLERATED && !now.isBefore(lastWindowEnded.plus(interval.multipliedBy(2)));
    }

    private static boolean isDraftChange(GameEvent event) {
        return event.type().equals(EventTypes.DRAFT_PROPOSED) || event.type().equals(EventTypes.DRAFT_AMENDED)
                || event.type().equals(EventTypes.OFFER_ACCEPTED);
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
