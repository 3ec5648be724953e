package org.guarantees.scoring.service;

import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON body's UTF-8 bytes token by token, but only the plain subset that clients send: strings of printable
 * ASCII without escapes, integers written the one way JSON allows, true, false and null, and whitespace between
 * tokens. Anything else, malformed JSON included, throws {@link NotPlain}: the thorough read deals with it, so this
 * cursor never needs to know how databind treats escapes, other encodings, coercions or errors.
 */
final class JsonCursor {
    /** More digits than an int needs; reading stops there, so the long holding the digits cannot overflow. */
    private static final int MAX_DIGITS = 11;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final byte[] json;
    private int at;

    JsonCursor(byte[] json) {
        this.json = json;
    }

    /** Consumes a null, the one value every field may hold, and otherwise stays on the value's first byte. */
    boolean isNull() {
        if (peek() != 'n') {
            return false;
        }
        literal(NULL);
        return true;
    }

    /** True, past the opening bracket, for an object or list to read; false for null; anything else is not plain. */
    boolean opens(char bracket) {
        if (isNull()) {
            return false;
        }
        if (peek() != bracket) {
            throw new NotPlain();
        }
        at++;
        return true;
    }

    /** Past a list's opening bracket: true, past its closing one, when the list is empty. */
    boolean emptyList() {
        if (peek() != ']') {
            return false;
        }
        at++;
        return true;
    }

    /** After a list element: true past the comma before another, false past the closing bracket. */
    boolean moreElements() {
        return separator(']');
    }

    /**
     * The next field of the object, with the cursor on its value, or END past the object's end; {@code previous} is
     * the field before, or END for the first. An unknown field name is not plain.
     */
    int field(RecordFields fields, int previous) {
        if (previous == RecordFields.END) {
            if (peek() == '}') {
                at++;
                return RecordFields.END;
            }
        } else if (!separator('}')) {
            return RecordFields.END;
        }
        if (peek() != '"') {
            throw new NotPlain();
        }
        int field = fields.match(json, at + 1, previous);
        if (field == RecordFields.END) {
            throw new NotPlain();
        }
        at += fields.length(field) + 2;
        if (peek() != ':') {
            throw new NotPlain();
        }
        at++;
        return field;
    }

    /** The value a string names; a name the lookup does not know, or any other value, is not plain. */
    <T> T name(ByteNames<T> names) {
        int found = peek() == '"' ? names.find(json, at + 1) : ByteNames.NONE;
        if (found == ByteNames.NONE) {
            throw new NotPlain();
        }
        at += names.length(found) + 2;
        return names.value(found);
    }

    /** A string of at most {@code maxLength} characters; a longer one, or any other value, is not plain. */
    String string(int maxLength) {
        if (peek() != '"') {
            throw new NotPlain();
        }
        int from = at + 1;
        int end = from;
        for (byte b; end < json.length && (b = json[end]) != '"'; end++) {
            if (b < ' ' || b == '\\' || b == 0x7F) {
                throw new NotPlain();
            }
        }
        if (end == json.length || end - from > maxLength) {
            throw new NotPlain();
        }
        at = end + 1;
        return new String(json, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /** An int in plain digits: a fraction, an exponent, a plus, a leading zero, minus zero or overflow is not plain. */
    int integer() {
        boolean negative = peek() == '-';
        int first = negative ? at + 1 : at;
        int end = first;
        long value = 0;
        while (end < json.length && end - first < MAX_DIGITS && json[end] >= '0' && json[end] <= '9') {
            value = value * 10 + (json[end++] - '0');
        }
        int digits = end - first;
        if (digits == 0 || (json[first] == '0' && (digits > 1 || negative))) {
            throw new NotPlain();
        }
        value = negative ? -value : value;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new NotPlain();
        }
        at = end;
        return (int) value;
    }

    boolean bool() {
        byte first = peek();
        if (first == 't') {
            literal(TRUE);
            return true;
        }
        literal(FALSE);
        return false;
    }

    /** Whether nothing but whitespace is left. */
    boolean atEnd() {
        peek();
        return at == json.length;
    }

    /** Consumes a comma, true, or the closing bracket, false; anything else is not plain. */
    private boolean separator(char closing) {
        byte next = peek();
        at++;
        if (next == ',') {
            return true;
        }
        if (next != closing) {
            throw new NotPlain();
        }
        return false;
    }

    private void literal(byte[] word) {
        int end = at + word.length;
        if (end > json.length) {
            throw new NotPlain();
        }
        for (int i = 0; i < word.length; i++) {
            if (json[at + i] != word[i]) {
                throw new NotPlain();
            }
        }
        at = end;
    }

    /** The byte at the cursor once past any whitespace, or 0 at the end; most bodies have none between tokens. */
    private byte peek() {
        if (at < json.length && json[at] > ' ') {
            return json[at];
        }
        while (at < json.length) {
            byte next = json[at];
            if (next != ' ' && next != '\n' && next != '\r' && next != '\t') {
                return next;
            }
            at++;
        }
        return 0;
    }
}
