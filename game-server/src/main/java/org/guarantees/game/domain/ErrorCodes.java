package org.guarantees.game.domain;

/** The codes of typed error frames (documented in docs/protocol.md). */
public final class ErrorCodes {
    public static final String BAD_MESSAGE = "BAD_MESSAGE";
    public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String WRONG_PHASE = "WRONG_PHASE";
    public static final String STALE_VERSION = "STALE_VERSION";
    public static final String UNKNOWN_ISSUE = "UNKNOWN_ISSUE";
    public static final String UNKNOWN_OPTION = "UNKNOWN_OPTION";
    public static final String UNKNOWN_ROLE = "UNKNOWN_ROLE";
    public static final String UNKNOWN_OFFER = "UNKNOWN_OFFER";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    public static final String DRAFT_FROZEN = "DRAFT_FROZEN";
    public static final String NO_CHANGE = "NO_CHANGE";
    public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";
    public static final String STORAGE_UNAVAILABLE = "STORAGE_UNAVAILABLE";
    public static final String BUSY = "BUSY";

    private ErrorCodes() {
    }
}
