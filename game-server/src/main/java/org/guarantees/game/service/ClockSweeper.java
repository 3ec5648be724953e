package org.guarantees.game.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.ClockRules;
import org.guarantees.game.domain.Command;
import org.guarantees.game.store.TableDirectory;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;

/**
 * The round clock: every second, tables past their deadline get a tick move (next round, or no deal after the last).
 * Every process sweeps; the log's sequence numbers make sure a deadline is acted on once.
 */
@ApplicationScoped
public class ClockSweeper {
    private static final Logger LOG = Logger.getLogger(ClockSweeper.class);
    private static final long IDLE_EVICTION_MS = Duration.ofMinutes(10).toMillis();

    private final TableDirectory directory;
    private final MoveProcessor processor;
    private final TableRegistry registry;

    public ClockSweeper(TableDirectory directory, MoveProcessor processor, TableRegistry registry) {
        this.directory = directory;
        this.processor = processor;
        this.registry = registry;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            for (UUID tableId : directory.overdueTables(500)) {
                processor.submit(tableId, ClockRules.SYSTEM, null, new Command("tick", JsonNodeFactory.instance.objectNode()));
            }
        } catch (Exception e) {
            LOG.debugf("clock sweep skipped: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1m")
    void evictIdleTables() {
        registry.evictIdle(IDLE_EVICTION_MS);
    }
}
