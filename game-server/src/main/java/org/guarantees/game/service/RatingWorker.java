package org.guarantees.game.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.client.ScoringGateway;
import org.guarantees.game.domain.ClockRules;
import org.guarantees.game.domain.Command;
import org.guarantees.game.store.RatingOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drains the rating outbox: sends each concluded deal to the scoring service and records the report as the table's
 * deal.rated event. A failed call leaves the deal in the outbox with a growing back-off.
 */
@ApplicationScoped
public class RatingWorker {
    private static final Logger LOG = Logger.getLogger(RatingWorker.class);
    private static final int MAX_PER_RUN = 50;

    private final RatingOutbox outbox;
    private final ScoringGateway scoring;
    private final MoveProcessor processor;
    private final ObjectMapper json;

    private final Duration maxBackoff;

    public RatingWorker(RatingOutbox outbox, ScoringGateway scoring, MoveProcessor processor, ObjectMapper json,
                        @ConfigProperty(name = "game.rating.max-backoff", defaultValue = "60s") Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
        this.outbox = outbox;
        this.scoring = scoring;
        this.processor = processor;
        this.json = json;
    }

    @Scheduled(every = "${game.rating.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Optional<RatingOutbox.Entry> next;
            try {
                next = outbox.claimNextDue();
            } catch (Exception e) {
                LOG.debugf("rating outbox unavailable: %s", e.getMessage());
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            rate(next.get());
        }
    }

    private void rate(RatingOutbox.Entry entry) {
        try {
            Map<String, Object> deal = json.readValue(entry.dealJson(), new TypeReference<>() { });
            ObjectNode report = scoring.rate(deal);
            ObjectNode data = json.createObjectNode().put("version", entry.draftVersion());
            data.set("report", report);
            processor.submit(entry.tableId(), ClockRules.SYSTEM, "rating-" + entry.draftVersion(),
                    new Command(Rules.RATED, data)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Duration backoff = Duration.ofSeconds(Math.min(maxBackoff.toSeconds(), 1L << Math.min(entry.attempts(), 6)));
            LOG.infof("rating of table %s failed (attempt %d), retrying in %s: %s", entry.tableId(), entry.attempts(),
                    backoff, e.getMessage());
            try {
                outbox.retryLater(entry.tableId(), backoff, String.valueOf(e.getMessage()));
            } catch (Exception ignored) {
                // the lease expires by itself and another attempt follows
            }
        }
    }
}
