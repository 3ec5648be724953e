package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.Offer;
import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A scripted student: a cooperative human stand-in that plays one seat at a human pace, from its seat's view only (its
 * brief and the events its seat receives). It proposes a reasonable package (its own best, conceding where it costs it
 * little on what the others have proposed), asks the other delegations about clauses in private chat, amends what it
 * cannot accept, and signs (or puts out for signature) any version worth more than its value of no deal that crosses
 * none of its red lines; inside a signing window it signs or declines with a reason. The same class plays at a headless
 * table (on the simulated clock) and over a real WebSocket (on the wall clock, through a socket adapter).
 */
public final class ScriptedStudent implements HeadlessTable.Player {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * How fast the student plays: it thinks {@code thinkMin} to {@code thinkMax} between looks at the table, changes
     * the draft at most once per {@code draftChangeInterval}, puts a version out for signature only once it has stood
     * unchanged for {@code stableBeforeSigning}, and makes its first move {@code firstMove} after the start (later if
     * nobody else has proposed yet, up to twice that).
     */
    public record Pace(Duration thinkMin, Duration thinkMax, Duration draftChangeInterval, Duration stableBeforeSigning,
                       Duration firstMove) {
        /** A student at a seminar table: a look every 15 to 45 s, a draft change at most every 90 s. */
        public static final Pace HUMAN = new Pace(Duration.ofSeconds(15), Duration.ofSeconds(45),
                Duration.ofSeconds(90), Duration.ofSeconds(45), Duration.ofSeconds(45));
        /** A quick student for a short (3-minute-round) table. */
        public static final Pace QUICK = new Pace(Duration.ofSeconds(6), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofSeconds(15));
    }

    /** A question the student asked another delegation about one clause. */
    public record Question(Instant at, String to, String issue, String text) {
    }

    private final SeatBrief brief;
    private final Random random;
    private final Pace pace;
    private final boolean askEachRound;
    private final List<Question> planned = new ArrayList<>();
    private final List<Question> asked = new ArrayList<>();
    private final Set<Integer> roundsAsked = new HashSet<>();
    private final Map<String, Map<String, String>> proposals = new LinkedHashMap<>();
    private final Map<String, Integer> myAmendments = new HashMap<>();
    private TableState view = TableState.initial();
    private Instant started;
    private Instant versionSince;
    private Instant nextLook;
    private Instant lastDraftChange = Instant.EPOCH;
    private boolean proposed;
    private int questionTurn;

    /**
     * @param askEachRound whether it asks one other delegation about a clause in each round (the headless tournament);
     *                     questions planned with {@link #ask} are asked at its first look either way
     */
    public ScriptedStudent(SeatBrief brief, long seed, Pace pace, boolean askEachRound) {
        this.brief = brief;
        this.random = new Random(seed);
        this.pace = pace;
        this.askEachRound = askEachRound;
        this.questionTurn = random.nextInt(Math.max(1, brief.roles().size() - 1));
    }

    /** Plans a private question to {@code to} about {@code issue}, asked at the student's first look at the table. */
    public ScriptedStudent ask(String to, String issue) {
        planned.add(new Question(null, to, issue, "What about " + theClause(issue) + "?"));
        return this;
    }

    public SeatBrief brief() {
        return brief;
    }

    public TableState view() {
        return view;
    }

    /** The questions asked so far, with when they were asked (on the clock the student was given). */
    public List<Question> questions() {
        return List.copyOf(asked);
    }

    @Override
    public void observe(GameEvent event) {
        if (event.seq() <= view.lastSeq()) {
            return;
        }
        boolean draftChange = event.type().equals(EventTypes.DRAFT_PROPOSED)
                || event.type().equals(EventTypes.DRAFT_AMENDED) || event.type().equals(EventTypes.OFFER_ACCEPTED);
        if (event.type().equals(EventTypes.TABLE_STARTED)) {
            started = event.at();
        }
        if (event.type().equals(EventTypes.DRAFT_PROPOSED) && !event.actor().equals(brief.role())) {
            Map<String, String> options = new HashMap<>();
            event.data().path("options").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
            proposals.put(event.actor(), options);
        }
        if (draftChange) {
            versionSince = event.at();
        }
        view = TableFold.apply(view, event);
    }

    @Override
    public List<Command> decide(Instant now) {
        if (view.phase() != Phase.NEGOTIATION) {
            return List.of();
        }
        if (nextLook == null) {
            nextLook = (started == null ? now : started).plus(pace.firstMove());
        }
        if (now.isBefore(nextLook)) {
            return List.of();
        }
        nextLook = now.plus(think());
        return look(now).map(List::of).orElse(List.of());
    }

    private Optional<Command> look(Instant now) {
        TableState.SigningWindow window = view.signing();
        boolean complete = complete(view.draft());
        if (window != null && window.version() == view.version() && !view.signatures().contains(brief.role())) {
            return Optional.of(brief.crossesAny(view.draft()) || brief.points(view.draft()) <= brief.noDealValue()
                    ? declineSigning() : sign());
        }
        Optional<Offer> offer = view.offers().values().stream().filter(o -> o.to().equals(brief.role())).findFirst();
        if (offer.isPresent() && window == null) {
            return Optional.of(answer(offer.get()));
        }
        Optional<Command> question = question(now);
        if (question.isPresent()) {
            return question;
        }
        if (window != null) {
            return Optional.empty();
        }
        boolean mayChange = !now.isBefore(lastDraftChange.plus(pace.draftChangeInterval()));
        if (!proposed && (!complete || !acceptable(view.draft())) && mayChange) {
            boolean othersProposed = proposals.keySet().stream().anyMatch(r -> !r.equals(brief.role()));
            Instant latest = (started == null ? now : started).plus(pace.firstMove().multipliedBy(2));
            if (othersProposed || !now.isBefore(latest)) {
                proposed = true;
                lastDraftChange = now;
                return Optional.of(propose(compromise()));
            }
            return Optional.empty();
        }
        if (!complete) {
            return Optional.empty();
        }
        if (acceptable(view.draft())) {
            if (view.signatures().contains(brief.role())) {
                return Optional.empty();
            }
            boolean othersSigned = !view.signatures().isEmpty();
            boolean stable = versionSince == null || !now.isBefore(versionSince.plus(pace.stableBeforeSigning()));
            return othersSigned || stable ? Optional.of(sign()) : Optional.empty();
        }
        if (!mayChange) {
            return Optional.empty();
        }
        Optional<Command> amendment = amendment();
        amendment.ifPresent(a -> lastDraftChange = now);
        return amendment;
    }

    /** Worth more than no deal and crossing none of the student's red lines. */
    public boolean acceptable(Map<String, String> draft) {
        return complete(draft) && !brief.crossesAny(draft) && brief.points(draft) > brief.noDealValue();
    }

    /**
     * Its own best package, then, while it stays at or above half-way between its value of no deal and its best, the
     * cheapest concessions towards what another delegation proposed (the options most proposed first); an option worth
     * as much to it as its favourite is always taken when someone proposed it.
     */
    Map<String, String> compromise() {
        Map<String, String> deal = new LinkedHashMap<>(brief.bestPackage());
        int best = brief.points(deal);
        int aspiration = brief.noDealValue() + (int) Math.ceil((best - brief.noDealValue()) * 0.5);
        record Concession(String issue, String option, int loss, int support) {
        }
        List<Concession> candidates = new ArrayList<>();
        brief.options().forEach((issue, options) -> {
            for (String option : options) {
                int support = (int) proposals.values().stream().filter(p -> option.equals(p.get(issue))).count();
                if (!option.equals(deal.get(issue)) && !brief.crosses(issue, option) && support > 0) {
                    candidates.add(new Concession(issue, option,
                            brief.points(issue, deal.get(issue)) - brief.points(issue, option), support));
                }
            }
        });
        candidates.sort(Comparator.comparingInt(Concession::loss).thenComparing(Comparator.comparingInt(
                Concession::support).reversed()).thenComparing(Concession::issue).thenComparing(Concession::option));
        Set<String> conceded = new HashSet<>();
        int value = best;
        for (Concession c : candidates) {
            if (!conceded.contains(c.issue()) && value - c.loss() >= aspiration) {
                deal.put(c.issue(), c.option());
                conceded.add(c.issue());
                value -= c.loss();
            }
        }
        return deal;
    }

    /**
     * The one amendment that makes the draft acceptable to it: off a red line first; otherwise the smallest gain that
     * lifts it above its value of no deal, preferring options another delegation proposed and issues it has not yet
     * amended twice (so it does not ping-pong a clause with a bot).
     */
    Optional<Command> amendment() {
        Map<String, String> draft = view.draft();
        for (String issue : brief.options().keySet()) {
            if (brief.crosses(issue, draft.get(issue))) {
                return Optional.of(amend(issue, brief.bestOption(issue)));
            }
        }
        int deficit = brief.noDealValue() + 1 - brief.points(draft);
        record Change(String issue, String option, int gain, int support, int tries) {
        }
        List<Change> changes = new ArrayList<>();
        brief.options().forEach((issue, options) -> {
            for (String option : options) {
                int gain = brief.points(issue, option) - brief.points(issue, draft.get(issue));
                if (gain > 0 && !brief.crosses(issue, option)) {
                    int support = (int) proposals.values().stream().filter(p -> option.equals(p.get(issue))).count();
                    changes.add(new Change(issue, option, gain, support, myAmendments.getOrDefault(issue, 0)));
                }
            }
        });
        return changes.stream().min(Comparator.comparingInt((Change c) -> c.tries() >= 2 ? 1 : 0)
                        .thenComparingInt(c -> c.gain() >= deficit ? 0 : 1)
                        .thenComparingInt(c -> c.gain() >= deficit ? c.gain() : -c.gain())
                        .thenComparing(Comparator.comparingInt(Change::support).reversed())
                        .thenComparing(Change::issue).thenComparing(Change::option))
                .map(c -> amend(c.issue(), c.option()));
    }

    private Optional<Command> question(Instant now) {
        if (!planned.isEmpty()) {
            Question q = planned.remove(0);
            return Optional.of(chat(new Question(now, q.to(), q.issue(), q.text())));
        }
        if (!askEachRound || roundsAsked.contains(view.round()) || view.version() == 0) {
            return Optional.empty();
        }
        roundsAsked.add(view.round());
        List<String> others = brief.roles().stream().filter(r -> !r.equals(brief.role())).toList();
        String to = others.get(questionTurn++ % others.size());
        String issue = brief.options().keySet().stream()
                .max(Comparator.comparingInt((String i) -> brief.points(i, brief.bestOption(i))
                        - brief.points(i, view.draft().get(i))).thenComparing(i -> i)).orElseThrow();
        String text = switch (random.nextInt(3)) {
            case 0 -> "What about " + theClause(issue) + "?";
            case 1 -> "Where do you stand on " + title(issue) + "?";
            default -> "What would it take for you to move on " + title(issue) + "?";
        };
        return Optional.of(chat(new Question(now, to, issue, text)));
    }

    private Command chat(Question question) {
        asked.add(question);
        return new Command("chat", JSON.objectNode().put("to", question.to()).put("text", question.text()));
    }

    private Command propose(Map<String, String> options) {
        ObjectNode body = JSON.objectNode().put("baseVersion", view.version());
        options.forEach(body.putObject("options")::put);
        return new Command("propose", body);
    }

    private Command amend(String issue, String option) {
        myAmendments.merge(issue, 1, Integer::sum);
        return new Command("amend", JSON.objectNode().put("baseVersion", view.version()).put("issue", issue)
                .put("option", option));
    }

    private Command sign() {
        return new Command("sign", JSON.objectNode().put("version", view.version()));
    }

    private Command declineSigning() {
        return new Command("decline-signing", JSON.objectNode().put("version", view.version())
                .put("reason", whyNot(view.draft())));
    }

    private Command answer(Offer offer) {
        Map<String, String> after = new HashMap<>(view.draft());
        after.put(offer.give().issue(), offer.give().option());
        after.put(offer.want().issue(), offer.want().option());
        boolean better = acceptable(after) && (!acceptable(view.draft())
                || brief.points(after) >= brief.points(view.draft()));
        if (better) {
            return new Command("accept-offer", JSON.objectNode().put("offerId", offer.id()));
        }
        return new Command("decline-offer", JSON.objectNode().put("offerId", offer.id())
                .put("reason", "That trade costs us too much on " + title(offer.want().issue()) + "."));
    }

    private String whyNot(Map<String, String> draft) {
        for (String issue : brief.options().keySet()) {
            if (brief.crosses(issue, draft.get(issue))) {
                return "We cannot sign version " + view.version() + ": " + title(issue)
                        + " as drafted crosses one of our red lines.";
            }
        }
        String worst = brief.options().keySet().stream().max(Comparator.comparingInt((String i) ->
                brief.points(i, brief.bestOption(i)) - brief.points(i, draft.get(i))).thenComparing(i -> i)).orElseThrow();
        return "We cannot sign version " + view.version() + ": it leaves us worse off than no deal. We need movement on "
                + title(worst) + ".";
    }

    /** "the NATO clause"; "the guarantors clause" for a title that has its own article ("The guarantors"). */
    private String theClause(String issue) {
        String title = title(issue);
        return (title.startsWith("The ") ? "the " + title.substring(4) : "the " + title) + " clause";
    }

    private String title(String issue) {
        return brief.titles().getOrDefault(issue, issue);
    }

    private Duration think() {
        long min = pace.thinkMin().toMillis();
        long max = pace.thinkMax().toMillis();
        return Duration.ofMillis(min + (max > min ? (long) (random.nextDouble() * (max - min)) : 0));
    }

    private boolean complete(Map<String, String> draft) {
        return draft.keySet().containsAll(brief.options().keySet());
    }
}
