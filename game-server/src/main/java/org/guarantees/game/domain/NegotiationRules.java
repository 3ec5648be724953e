package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.scenario.Issue;
import org.guarantees.game.scenario.Scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The moves a seat may make, as pure functions from (scenario, state, move) to the events they cause. */
public final class NegotiationRules {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_OPEN_OFFERS_PER_ROLE = 12;

    private NegotiationRules() {
    }

    public static List<NewEvent> decide(Scenario scenario, TableState state, String role, Command move, Instant now) {
        return switch (move.type()) {
            case "propose" -> propose(scenario, state, role, move);
            case "amend" -> amend(scenario, state, role, move);
            case "stance" -> stance(scenario, state, role, move);
            case "offer" -> offer(scenario, state, role, move);
            case "accept-offer" -> acceptOffer(state, role, move);
            case "decline-offer" -> declineOffer(state, role, move);
            case "sign" -> sign(scenario, state, role, move, now);
            case "decline-signing" -> declineSigning(state, role, move);
            case "unsign" -> unsign(state, role);
            case "walk-away" -> walkAway(state, role, move);
            case "chat" -> chat(scenario, role, move);
            default -> throw new MoveRejected(ErrorCodes.UNKNOWN_TYPE, "unknown message type '" + move.type() + "'");
        };
    }

    private static List<NewEvent> propose(Scenario scenario, TableState state, String role, Command move) {
        requireNegotiation(state);
        requireOpenDraft(state);
        requireVersion(state, move.integer("baseVersion"));
        ObjectNode options = move.object("options");
        ObjectNode chosen = JSON.objectNode();
        for (Issue issue : scenario.issues()) {
            if (!options.has(issue.id())) {
                throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "a package must choose an option for issue '" + issue.id() + "'");
            }
            chosen.put(issue.id(), validOption(scenario, issue.id(), options.get(issue.id()).asText()));
        }
        options.fieldNames().forEachRemaining(issue -> validIssue(scenario, issue));
        ObjectNode data = draftChange(state);
        data.set("options", chosen);
        return List.of(NewEvent.toAll(EventTypes.DRAFT_PROPOSED, role, data));
    }

    private static List<NewEvent> amend(Scenario scenario, TableState state, String role, Command move) {
        requireNegotiation(state);
        requireDraft(state);
        requireOpenDraft(state);
        requireVersion(state, move.integer("baseVersion"));
        String issue = validIssue(scenario, move.text("issue"));
        String option = validOption(scenario, issue, move.text("option"));
        if (option.equals(state.draft().get(issue))) {
            throw new MoveRejected(ErrorCodes.NO_CHANGE, "the draft already has option '" + option + "' for '" + issue + "'");
        }
        return List.of(NewEvent.toAll(EventTypes.DRAFT_AMENDED, role, draftChange(state)
                .put("issue", issue).put("option", option)));
    }

    private static List<NewEvent> stance(Scenario scenario, TableState state, String role, Command move) {
        requireNegotiation(state);
        requireDraft(state);
        requireVersion(state, move.integer("version"));
        String issue = validIssue(scenario, move.text("issue"));
        String stance = move.text("stance");
        if (!List.of("support", "object", "none").contains(stance)) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "field 'stance' must be support, object or none");
        }
        ObjectNode data = JSON.objectNode().put("version", state.version()).put("issue", issue).put("stance", stance);
        String reason = move.optionalText("reason");
        if (reason != null) {
            data.put("reason", Texts.clean("reason", reason, Texts.MAX_REASON));
        }
        return List.of(NewEvent.toAll(EventTypes.CLAUSE_STANCE, role, data));
    }

    private static List<NewEvent> offer(Scenario scenario, TableState state, String role, Command move) {
        requireNegotiation(state);
        String to = otherRole(scenario, role, move.text("to"));
        OptionChoice give = validChoice(scenario, move.choice("give"));
        OptionChoice want = validChoice(scenario, move.choice("want"));
        if (give.issue().equals(want.issue())) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "an offer trades two different issues");
        }
        long open = state.offers().values().stream().filter(o -> o.from().equals(role)).count();
        if (open >= MAX_OPEN_OFFERS_PER_ROLE) {
            throw new MoveRejected(ErrorCodes.NOT_ALLOWED, "at most " + MAX_OPEN_OFFERS_PER_ROLE + " open offers per role");
        }
        ObjectNode data = JSON.objectNode().put("offerId", UUID.randomUUID().toString()).put("to", to);
        data.putObject("give").put("issue", give.issue()).put("option", give.option());
        data.putObject("want").put("issue", want.issue()).put("option", want.option());
        String note = move.optionalText("note");
        if (note != null) {
            data.put("note", Texts.clean("note", note, Texts.MAX_REASON));
        }
        return List.of(new NewEvent(EventTypes.OFFER_MADE, role, List.of(role, to), data));
    }

    private static List<NewEvent> acceptOffer(TableState state, String role, Command move) {
        requireNegotiation(state);
        requireDraft(state);
        requireOpenDraft(state);
        Offer offer = offerTo(state, role, move.text("offerId"));
        ObjectNode data = draftChange(state).put("offerId", offer.id());
        data.putObject("changes").put(offer.give().issue(), offer.give().option())
                .put(offer.want().issue(), offer.want().option());
        return List.of(NewEvent.toAll(EventTypes.OFFER_ACCEPTED, role, data));
    }

    private static List<NewEvent> declineOffer(TableState state, String role, Command move) {
        Offer offer = offerTo(state, role, move.text("offerId"));
        ObjectNode data = JSON.objectNode().put("offerId", offer.id());
        String reason = move.optionalText("reason");
        if (reason != null) {
            data.put("reason", Texts.clean("reason", reason, Texts.MAX_REASON));
        }
        return List.of(new NewEvent(EventTypes.OFFER_DECLINED, role, List.of(offer.from(), offer.to()), data));
    }

    /**
     * Signing puts the current version out for signature when no window is open: the draft is then frozen until every
     * role has signed (the deal is concluded), one declines with a reason, or the window closes.
     */
    private static List<NewEvent> sign(Scenario scenario, TableState state, String role, Command move, Instant now) {
        requireNegotiation(state);
        requireDraft(state);
        requireVersion(state, move.integer("version"));
        if (state.draft().size() < scenario.issues().size()) {
            throw new MoveRejected(ErrorCodes.NOT_ALLOWED, "only a draft with an option for every issue can be signed");
        }
        if (state.signatures().contains(role)) {
            throw new MoveRejected(ErrorCodes.NO_CHANGE, "you have already signed version " + state.version());
        }
        List<NewEvent> events = new ArrayList<>();
        if (!state.draftFrozen()) {
            int seconds = state.signingSeconds() > 0 ? state.signingSeconds() : scenario.signingSeconds();
            events.add(NewEvent.toAll(EventTypes.SIGNING_OPENED, role, JSON.objectNode().put("version", state.version())
                    .put("closesAt", now.plusSeconds(seconds).toString())));
        }
        events.add(NewEvent.toAll(EventTypes.DEAL_SIGNED, role, JSON.objectNode().put("version", state.version())));
        if (state.signatures().size() + 1 == scenario.roles().size()) {
            ObjectNode concluded = JSON.objectNode().put("version", state.version());
            ObjectNode options = concluded.putObject("options");
            state.draft().forEach(options::put);
            events.add(NewEvent.toAll(EventTypes.TABLE_CONCLUDED, "system", concluded));
        }
        return events;
    }

    private static List<NewEvent> declineSigning(TableState state, String role, Command move) {
        requireNegotiation(state);
        int version = move.integer("version");
        if (state.signing() == null || state.signing().version() != version) {
            throw new MoveRejected(ErrorCodes.NOT_ALLOWED, "version " + version + " is not out for signature");
        }
        String reason = Texts.clean("reason", move.text("reason"), Texts.MAX_REASON);
        return List.of(NewEvent.toAll(EventTypes.SIGNING_DECLINED, role,
                JSON.objectNode().put("version", version).put("reason", reason)));
    }

    private static List<NewEvent> unsign(TableState state, String role) {
        requireNegotiation(state);
        if (state.draftFrozen()) {
            throw new MoveRejected(ErrorCodes.NOT_ALLOWED, "version " + state.version()
                    + " is out for signature: decline it with a reason instead");
        }
        if (!state.signatures().contains(role)) {
            throw new MoveRejected(ErrorCodes.NO_CHANGE, "you have not signed version " + state.version());
        }
        return List.of(NewEvent.toAll(EventTypes.SIGNATURE_WITHDRAWN, role,
                JSON.objectNode().put("version", state.version())));
    }

    private static List<NewEvent> walkAway(TableState state, String role, Command move) {
        if (state.phase().ended()) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "the table has already ended");
        }
        ObjectNode data = JSON.objectNode().put("reason", "walk-away").put("by", role);
        String why = move.optionalText("reason");
        if (why != null) {
            data.put("statement", Texts.clean("reason", why, Texts.MAX_REASON));
        }
        return List.of(NewEvent.toAll(EventTypes.TABLE_ENDED, role, data));
    }

    private static List<NewEvent> chat(Scenario scenario, String role, Command move) {
        String text = Texts.clean("text", move.text("text"), Texts.MAX_CHAT);
        String to = move.optionalText("to");
        ObjectNode data = JSON.objectNode().put("text", text);
        if (to == null) {
            return List.of(NewEvent.toAll(EventTypes.CHAT_POSTED, role, data));
        }
        data.put("to", otherRole(scenario, role, to));
        return List.of(new NewEvent(EventTypes.CHAT_POSTED, role, List.of(role, to), data));
    }

    static void requireNegotiation(TableState state) {
        if (state.phase() != Phase.NEGOTIATION) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "this move needs the negotiation to be running; the table is "
                    + state.phase().name().toLowerCase());
        }
    }

    /** A change of the draft while a version is out for signature would pull the text from under the signers. */
    private static void requireOpenDraft(TableState state) {
        if (state.draftFrozen()) {
            throw new MoveRejected(ErrorCodes.DRAFT_FROZEN, "version " + state.signing().version()
                    + " is out for signature until " + state.signing().closesAt() + ": sign it or decline it with a reason");
        }
    }

    /** The data every draft change starts with: its new version, and the signatures it clears (so signers are told). */
    private static ObjectNode draftChange(TableState state) {
        ObjectNode data = JSON.objectNode().put("version", state.version() + 1);
        if (!state.signatures().isEmpty()) {
            state.signatures().stream().sorted().forEach(data.putArray("cleared")::add);
        }
        return data;
    }

    private static void requireDraft(TableState state) {
        if (state.version() == 0) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "there is no draft yet: propose a full package first");
        }
    }

    private static void requireVersion(TableState state, int version) {
        if (version != state.version()) {
            throw new MoveRejected(ErrorCodes.STALE_VERSION,
                    "the draft is at version " + state.version() + ", not " + version);
        }
    }

    private static Offer offerTo(TableState state, String role, String offerId) {
        Offer offer = state.offers().get(offerId);
        if (offer == null || !offer.to().equals(role)) {
            throw new MoveRejected(ErrorCodes.UNKNOWN_OFFER, "no open offer '" + offerId + "' addressed to you");
        }
        return offer;
    }

    private static String validIssue(Scenario scenario, String issue) {
        return scenario.issue(issue).map(Issue::id)
                .orElseThrow(() -> new MoveRejected(ErrorCodes.UNKNOWN_ISSUE, "no issue '" + issue + "' in this scenario"));
    }

    private static String validOption(Scenario scenario, String issue, String option) {
        boolean known = scenario.issue(issue).orElseThrow().options().stream().anyMatch(o -> o.id().equals(option));
        if (!known) {
            throw new MoveRejected(ErrorCodes.UNKNOWN_OPTION, "issue '" + issue + "' has no option '" + option + "'");
        }
        return option;
    }

    private static OptionChoice validChoice(Scenario scenario, OptionChoice choice) {
        return new OptionChoice(validIssue(scenario, choice.issue()),
                validOption(scenario, choice.issue(), choice.option()));
    }

    private static String otherRole(Scenario scenario, String role, String to) {
        if (!scenario.roleIds().contains(to)) {
            throw new MoveRejected(ErrorCodes.UNKNOWN_ROLE, "no role '" + to + "' at this table");
        }
        if (to.equals(role)) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "you cannot address your own role");
        }
        return to;
    }
}
