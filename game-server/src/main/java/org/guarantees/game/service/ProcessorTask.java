package org.guarantees.game.service;

/** Work for the {@link MoveProcessor}'s thread: a move, or something that must be ordered with the moves. */
interface ProcessorTask {
}
