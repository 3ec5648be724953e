package org.guarantees.game.domain;

/** The event types of a table's log (documented in docs/protocol.md). */
public final class EventTypes {
    public static final String TABLE_STARTED = "table.started";
    public static final String ROUND_STARTED = "round.started";
    public static final String CLOCK_PAUSED = "clock.paused";
    public static final String CLOCK_RESUMED = "clock.resumed";
    public static final String DRAFT_PROPOSED = "draft.proposed";
    public static final String DRAFT_AMENDED = "draft.amended";
    public static final String CLAUSE_STANCE = "clause.stance";
    public static final String OFFER_MADE = "offer.made";
    public static final String OFFER_ACCEPTED = "offer.accepted";
    public static final String OFFER_DECLINED = "offer.declined";
    public static final String SIGNING_OPENED = "signing.opened";
    public static final String SIGNING_DECLINED = "signing.declined";
    public static final String SIGNING_LAPSED = "signing.lapsed";
    public static final String DEAL_SIGNED = "deal.signed";
    public static final String SIGNATURE_WITHDRAWN = "signature.withdrawn";
    public static final String TABLE_CONCLUDED = "table.concluded";
    public static final String TABLE_ENDED = "table.ended";
    public static final String CHAT_POSTED = "chat.posted";
    public static final String INJECT_SENT = "inject.sent";
    public static final String INSTRUCTOR_BROADCAST = "instructor.broadcast";
    public static final String DEAL_RATED = "deal.rated";

    private EventTypes() {
    }
}
