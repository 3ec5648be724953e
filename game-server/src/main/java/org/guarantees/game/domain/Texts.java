package org.guarantees.game.domain;

/** User-written text: kept as written (markup, emoji, right-to-left), minus invisible control characters. */
public final class Texts {
    public static final int MAX_CHAT = 2000;
    public static final int MAX_REASON = 500;
    public static final int MAX_NAME = 40;

    private Texts() {
    }

    public static String clean(String field, String raw, int maxCodePoints) {
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String text = kept.toString().strip();
        if (text.isEmpty()) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "field '" + field + "' must not be empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxCodePoints) {
            throw new MoveRejected(ErrorCodes.TEXT_TOO_LONG,
                    "field '" + field + "' has " + length + " characters; the limit is " + maxCodePoints);
        }
        return text;
    }
}
