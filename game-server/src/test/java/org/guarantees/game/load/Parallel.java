package org.guarantees.game.load;

import io.vertx.core.Future;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Runs {@code count} asynchronous tasks with at most {@code concurrency} of them in flight. */
final class Parallel {
    private Parallel() {
    }

    static void run(int count, int concurrency, IntFunction<Future<?>> task) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger running = new AtomicInteger(Math.min(concurrency, count));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (count == 0) {
            return;
        }
        for (int w = 0; w < Math.min(concurrency, count); w++) {
            pull(next, count, task, running, failure, done);
        }
        done.join();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }

    private static void pull(AtomicInteger next, int count, IntFunction<Future<?>> task, AtomicInteger running,
                             AtomicReference<Throwable> failure, CompletableFuture<Void> done) {
        int i = next.getAndIncrement();
        if (i >= count || failure.get() != null) {
            if (running.decrementAndGet() == 0) {
                done.complete(null);
            }
            return;
        }
        task.apply(i).onComplete(ar -> {
            if (ar.failed()) {
                failure.compareAndSet(null, ar.cause());
            }
            pull(next, count, task, running, failure, done);
        });
    }
}
