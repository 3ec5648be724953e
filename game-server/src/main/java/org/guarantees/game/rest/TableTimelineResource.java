package org.guarantees.game.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.entity.GameTable;

import org.guarantees.game.store.EventStore;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One table's event log for the instructor's replay. Events addressed to some roles only (private chat, offers) keep
 * who wrote to whom but lose their words: those reached only their owners, and the instructor was not one of them.
 */
@Path("/api/v1/seminars/{seminarId}/tables/{tableId}/events")
@Produces(MediaType.APPLICATION_JSON)
public class TableTimelineResource {
    static final Set<String> PRIVATE_WORDS = Set.of("text", "note", "statement", "reason");

    /** One event of the log; {@code private} is true when only {@code audience} saw it. */
    public record TimelineEvent(long seq, Instant at, String type, String actor, boolean privateEvent,
                                List<String> audience, ObjectNode data) {
    }

    private final EventStore events;

    public TableTimelineResource(EventStore events) {
        this.events = events;
    }

    @GET
    public List<TimelineEvent> timeline(@PathParam("seminarId") UUID seminarId, @PathParam("tableId") UUID tableId) throws Exception {
        boolean ofSeminar = QuarkusTransaction.requiringNew().call(() -> GameTable.<GameTable>findByIdOptional(tableId)
                .filter(t -> seminarId.equals(t.seminarId)).isPresent());
        if (!ofSeminar) {
            throw ApiProblem.notFound("no such table in this seminar");
        }
        return events.loadAfter(tableId, 0).stream().map(TableTimelineResource::forInstructor).toList();
    }

    static TimelineEvent forInstructor(GameEvent event) {
        ObjectNode data = event.data().deepCopy();
        boolean restricted = !event.audience().isEmpty();
        if (restricted) {
            data.remove(PRIVATE_WORDS);
        }
        return new TimelineEvent(event.seq(), event.at(), event.type(), event.actor(), restricted, event.audience(), data);
    }
}
