package org.guarantees.game.bot;

import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Issue;
import org.guarantees.game.scenario.Option;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one headless game of a scripted student and three bots showed, read from the table's log on its simulated
 * clock: whether and when it concluded, how often the draft changed, the signatures later changes cleared, what the
 * bots said in chat (and whether they repeated a line word for word), and whether they answered the student's
 * questions about a clause.
 *
 * @param strategies the strategy of each bot role, in scenario role order (the student's role is absent)
 */
record HumanPaceGame(String studentRole, Map<String, String> strategies, boolean concluded, Double minutesToDeal,
                     double gameMinutes, int draftChanges, Map<String, Integer> draftChangesByRole,
                     int signaturesCleared, Map<String, Integer> signaturesClearedByRole,
                     Map<String, Integer> chatLinesByRole, Map<String, Integer> repeatsByRole, List<String> repeatedLines,
                     int questions, int questionsAnswered, List<String> unanswered, int windowsOpened,
                     int windowsOpenedByStudent, int windowsDeclined, int windowsLapsed, Map<String, Integer> refusals,
                     double studentShare) {
    static final Set<String> DRAFT_CHANGES =
            Set.of(EventTypes.DRAFT_PROPOSED, EventTypes.DRAFT_AMENDED, EventTypes.OFFER_ACCEPTED);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    static HumanPaceGame read(Scenario scenario, String studentRole, Map<String, String> strategies, HeadlessTable table,
                              ScriptedStudent student) {
        List<GameEvent> log = table.log();
        Instant started = null;
        Instant ended = null;
        Instant concludedAt = null;
        TableState state = TableState.initial();
        int changes = 0;
        int cleared = 0;
        int opened = 0;
        int openedByStudent = 0;
        int declined = 0;
        int lapsed = 0;
        Map<String, Integer> changesBy = new TreeMap<>();
        Map<String, Integer> clearedBy = new TreeMap<>();
        Map<String, Integer> chatBy = new TreeMap<>();
        Map<String, Integer> repeatsBy = new TreeMap<>();
        Map<String, Set<String>> said = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (GameEvent event : log) {
            String type = event.type();
            if (type.equals(EventTypes.TABLE_STARTED)) {
                started = event.at();
            }
            if (type.equals(EventTypes.TABLE_CONCLUDED)) {
                concludedAt = event.at();
                ended = event.at();
            }
            if (type.equals(EventTypes.TABLE_ENDED)) {
                ended = event.at();
            }
            if (DRAFT_CHANGES.contains(type)) {
                changes++;
                changesBy.merge(event.actor(), 1, Integer::sum);
                if (!state.signatures().isEmpty()) {
                    cleared += state.signatures().size();
                    clearedBy.merge(event.actor(), state.signatures().size(), Integer::sum);
                }
            }
            switch (type) {
                case EventTypes.SIGNING_OPENED -> {
                    opened++;
                    openedByStudent += event.actor().equals(studentRole) ? 1 : 0;
                }
                case EventTypes.SIGNING_DECLINED -> declined++;
                case EventTypes.SIGNING_LAPSED -> lapsed++;
                default -> {
                }
            }
            if (type.equals(EventTypes.CHAT_POSTED) && !event.actor().equals(studentRole)) {
                chatBy.merge(event.actor(), 1, Integer::sum);
                String text = event.data().path("text").asText();
                if (!said.computeIfAbsent(event.actor(), r -> new HashSet<>()).add(text)) {
                    repeatsBy.merge(event.actor(), 1, Integer::sum);
                    repeated.add(event.actor() + ": " + text);
                }
            }
            state = TableFold.apply(state, event);
        }
        if (started == null) {
            throw new IllegalStateException("the table never started");
        }
        if (ended == null) {
            ended = log.get(log.size() - 1).at();
        }
        int answered = 0;
        int asked = 0;
        List<String> unanswered = new ArrayList<>();
        for (ScriptedStudent.Question q : student.questions()) {
            if (q.at().plus(ANSWER_WITHIN).isAfter(ended)) {
                continue; // the table ended before an answer was due
            }
            asked++;
            if (answered(scenario, log, studentRole, q)) {
                answered++;
            } else {
                unanswered.add(String.format(Locale.ROOT, "%s asked %s at minute %.1f: \"%s\"", studentRole, q.to(),
                        minutes(started, q.at()), q.text()));
            }
        }
        Map<String, Integer> refusals = new TreeMap<>();
        table.refusals().forEach(r -> refusals.merge(r.role().equals(studentRole) ? "student " + r.code()
                : "bot " + r.code(), 1, Integer::sum));
        Role seat = scenario.role(studentRole).orElseThrow();
        int points = concludedAt != null ? seat.points(state.draft()) : seat.noDealValue();
        return new HumanPaceGame(studentRole, strategies, concludedAt != null,
                concludedAt == null ? null : minutes(started, concludedAt), minutes(started, ended), changes, changesBy,
                cleared, clearedBy, chatBy, repeatsBy, repeated, asked, answered, unanswered, opened,
                openedByStudent, declined, lapsed, refusals, TournamentFigures.share(seat, points));
    }

    /**
     * Whether the role asked answered within a minute, in a chat line the student could see, naming the clause asked
     * about: the issue's title or one of its options' labels.
     */
    static boolean answered(Scenario scenario, List<GameEvent> log, String studentRole, ScriptedStudent.Question q) {
        Issue issue = scenario.issue(q.issue()).orElseThrow();
        List<String> names = new ArrayList<>(List.of(issue.title()));
        issue.options().stream().map(Option::label).forEach(names::add);
        for (GameEvent event : log) {
            if (!event.type().equals(EventTypes.CHAT_POSTED) || !event.actor().equals(q.to())
                    || !event.visibleTo(studentRole) || event.at().isBefore(q.at())) {
                continue;
            }
            if (event.at().isAfter(q.at().plus(ANSWER_WITHIN))) {
                return false;
            }
            String text = event.data().path("text").asText().toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    int botChatLines() {
        return chatLinesByRole.values().stream().mapToInt(Integer::intValue).sum();
    }

    int repeats() {
        return repeatsByRole.values().stream().mapToInt(Integer::intValue).sum();
    }

    double draftChangesPerMinute() {
        return draftChanges / gameMinutes;
    }

    String mixLabel(List<String> roles) {
        List<String> parts = new ArrayList<>();
        for (String role : roles) {
            parts.add(role.equals(studentRole) ? "student" : strategies.get(role));
        }
        return String.join(" / ", parts);
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }
}
