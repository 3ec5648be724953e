package org.guarantees.game.service;

import java.util.UUID;

public class NoSuchTableException extends RuntimeException {
    public NoSuchTableException(UUID tableId) {
        super("no table " + tableId, null, false, false);
    }
}
