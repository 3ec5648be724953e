package org.guarantees.game.bot;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a bot says, in role and to the point: why it objects to an option and what it could accept instead, why it
 * declines an offer or a version, and its answer to a question about a clause. Every line is built from the bot's brief
 * and the draft as it stands, and no line is said twice in one game.
 */
final class BotVoice {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words too common to tell one clause from another. */
    private static final Set<String> NOISE = Set.of("the", "and", "for", "with", "from", "that", "this", "what", "about",
            "your", "our", "you", "can", "not", "will", "would", "could", "should", "into", "only", "than", "then", "ukraine",
            "russia", "europe", "united", "states", "forces", "force", "deal", "clause", "issue", "option", "draft");
    private final SeatBrief brief;
    private final Set<String> said = new HashSet<>();

    BotVoice(SeatBrief brief) {
        this.brief = brief;
    }

    /** The line, if it has not been said in this game; remembered as said. */
    Optional<String> once(String line) {
        return said.add(line) ? Optional.of(line) : Optional.empty();
    }

    /** The first of the lines not said yet in this game. */
    Optional<String> firstNew(List<String> lines) {
        return lines.stream().filter(said::add).findFirst();
    }

    /** Why this option of the issue is wrong for this role, and which option it could accept there. */
    String objection(String issue, String option, String acceptable) {
        int loss = brief.points(issue, brief.bestOption(issue)) - brief.points(issue, option);
        String what = brief.crosses(issue, option)
                ? brief.label(issue, option) + " crosses one of our red lines"
                : brief.label(issue, option) + " costs us " + loss + " of our points on " + brief.title(issue);
        String instead = acceptable == null || acceptable.equals(option) ? ""
                : " We could accept " + brief.label(issue, acceptable) + ".";
        return what + ". " + talkingPoint(issue) + instead;
    }

    /** Why this role declines the offered trade. */
    String offerDeclined(String giveIssue, String giveOption, String wantIssue, String wantOption, int gain, int cost) {
        if (brief.crosses(wantIssue, wantOption) || brief.crosses(giveIssue, giveOption)) {
            String issue = brief.crosses(wantIssue, wantOption) ? wantIssue : giveIssue;
            String option = issue.equals(wantIssue) ? wantOption : giveOption;
            return brief.label(issue, option) + " on " + brief.title(issue) + " is a red line for us. " + talkingPoint(issue);
        }
        return brief.label(wantIssue, wantOption) + " on " + brief.title(wantIssue) + " costs us more (" + cost
                + " points) than " + brief.label(giveIssue, giveOption) + " on " + brief.title(giveIssue) + " gives us ("
                + gain + "). " + talkingPoint(wantIssue);
    }

    /** Why this role will not sign the version, and what would let it sign. */
    String versionDeclined(int version, String issue, String option, String wanted) {
        String why = brief.crosses(issue, option)
                ? brief.title(issue) + ": " + brief.label(issue, option) + " crosses our red line"
                : "it is not enough for us yet, above all " + brief.title(issue) + ": " + brief.label(issue, option);
        String fix = wanted == null ? "" : "; with " + brief.label(issue, wanted) + " there we could sign";
        return "We cannot sign version " + version + ": " + why + fix + ".";
    }

    /**
     * The clause a message is about: an issue whose whole title the message contains wins; otherwise the issue whose
     * title and option labels share the most words with it (a title word counting three times an option's).
     */
    Optional<String> clauseNamedIn(String message) {
        String text = fold(message);
        Optional<String> titled = brief.options().keySet().stream()
                .filter(issue -> Pattern.compile("(?<![\\p{L}\\p{N}])"
                        + Pattern.quote(fold(brief.title(issue)).replaceFirst("^the ", "")) + "(?![\\p{L}\\p{N}])")
                        .matcher(text).find())
                .max((a, b) -> Integer.compare(brief.title(a).length(), brief.title(b).length()));
        if (titled.isPresent()) {
            return titled;
        }
        Set<String> words = words(message);
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, List<String>> issue : brief.options().entrySet()) {
            Set<String> clause = words(brief.title(issue.getKey()) + " " + issue.getKey().replace('-', ' '));
            int hits = 3 * overlap(words, clause);
            for (String option : issue.getValue()) {
                hits += overlap(words, words(brief.label(issue.getKey(), option)));
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = issue.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a public message names this role: its id, or a word of its name ("Russia" for "Russian Federation"). */
    boolean addressedIn(String message) {
        Set<String> aliases = new HashSet<>();
        aliases.add(fold(brief.role()));
        WORD.matcher(fold(brief.roleName(brief.role()))).results().map(m -> m.group())
                .filter(w -> w.length() >= 2 && !Set.of("and", "the", "of").contains(w)).forEach(aliases::add);
        return WORD.matcher(fold(message)).results().map(m -> m.group()).anyMatch(word -> aliases.stream().anyMatch(
                alias -> word.equals(alias) || (alias.length() >= 5 && word.length() >= 5
                        && word.regionMatches(0, alias, 0, 5))));
    }

    String talkingPoint(String issue) {
        return brief.talkingPoints().getOrDefault(issue, "This clause matters to us.");
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int hits = 0;
        for (String word : b) {
            if (a.stream().anyMatch(w -> w.equals(word) || (word.length() >= 5 && w.length() >= 5
                    && w.regionMatches(0, word, 0, 5)))) {
                hits++;
            }
        }
        return hits;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        WORD.matcher(fold(text)).results().map(m -> m.group()).filter(w -> w.length() >= 3 && !NOISE.contains(w))
                .forEach(words::add);
        return words;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
