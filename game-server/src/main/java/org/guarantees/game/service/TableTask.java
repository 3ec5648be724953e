package org.guarantees.game.service;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Non-move work on a table that must see committed state and be ordered with the broadcasts: a socket joining,
 * catching up with another process's events.
 */
record TableTask(UUID tableId, Consumer<TableRuntime> work, CompletableFuture<Void> done) implements ProcessorTask {
}
