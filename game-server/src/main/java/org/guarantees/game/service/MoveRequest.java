package org.guarantees.game.service;

import org.guarantees.game.domain.Command;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A move waiting for the processor: completed with its {@link Outcome} once committed, or exceptionally. */
record MoveRequest(UUID tableId, String actor, String clientMsgId, Command command, CompletableFuture<Outcome> result)
        implements ProcessorTask {
}
