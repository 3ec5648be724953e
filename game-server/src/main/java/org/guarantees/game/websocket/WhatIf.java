package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.client.ScoringGateway;
import org.guarantees.game.domain.ErrorCodes;
import org.guarantees.game.scenario.DealMapper;
import org.guarantees.game.service.Frames;
import org.guarantees.game.service.SeatConnection;
import org.guarantees.game.service.TableRegistry;
import org.guarantees.game.service.TableRuntime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A seat's private preview of the current draft's durability; rate-limited because each one calls the scorer. */
@ApplicationScoped
public class WhatIf {
    static final long MIN_INTERVAL_MS = 5_000;

    private final Map<String, Long> lastAskedBySeat = new ConcurrentHashMap<>();
    private final TableRegistry registry;
    private final ScoringGateway scoring;
    private final Frames frames;
    private final ObjectMapper json;

    public WhatIf(TableRegistry registry, ScoringGateway scoring, Frames frames, ObjectMapper json) {
        this.registry = registry;
        this.scoring = scoring;
        this.frames = frames;
        this.json = json;
    }

    void handle(SeatConnection seat, String clientMsgId, ObjectNode frame) {
        String seatKey = seat.tableId() + "/" + seat.role();
        long now = System.currentTimeMillis();
        Long last = lastAskedBySeat.get(seatKey);
        if (last != null && now - last < MIN_INTERVAL_MS) {
            seat.send(frames.error(clientMsgId, ErrorCodes.RATE_LIMITED,
                    "one what-if rating every " + MIN_INTERVAL_MS / 1000 + " seconds", true));
            return;
        }
        TableRuntime runtime = registry.loaded(seat.tableId()).orElse(null);
        if (runtime == null || runtime.state().draft().size() != runtime.scenario().issues().size()) {
            seat.send(frames.error(clientMsgId, ErrorCodes.WRONG_PHASE, "there is no complete draft to rate yet", false));
            return;
        }
        lastAskedBySeat.put(seatKey, now);
        Map<String, String> draft = runtime.state().draft();
        int version = runtime.state().version();
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                ObjectNode report = scoring.rate(DealMapper.toDeal(runtime.scenario(), draft, "What if: version " + version));
                ObjectNode reply = json.createObjectNode().put("type", "what-if").put("id", clientMsgId)
                        .put("version", version);
                reply.set("report", report);
                seat.send(frames.write(reply));
            } catch (RuntimeException e) {
                seat.send(frames.error(clientMsgId, "SCORING_UNAVAILABLE",
                        "the scoring service cannot rate drafts right now; try again later", true));
            }
        });
    }
}
