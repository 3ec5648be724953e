package org.guarantees.game.domain;

/** A move the rules of play refuse; it changes nothing. The code is part of the protocol. */
public class MoveRejected extends RuntimeException {
    private final String code;

    public MoveRejected(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
