package org.guarantees.game.domain;

/** Where a table stands. Ended phases accept no negotiation moves. */
public enum Phase {
    LOBBY, NEGOTIATION, PAUSED, CONCLUDED, NO_DEAL;

    public boolean ended() {
        return this == CONCLUDED || this == NO_DEAL;
    }
}
