package org.guarantees.game.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import org.guarantees.game.domain.ClockRules;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.MoveRejected;
import org.guarantees.game.entity.GameTable;
import org.guarantees.game.entity.Participant;
import org.guarantees.game.entity.Seat;
import org.guarantees.game.entity.Seminar;
import org.guarantees.game.rest.ApiProblem;
import org.guarantees.game.rest.Dtos;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What an instructor does to a seminar's tables; every table action is a move of the instructor in the log. */
@ApplicationScoped
public class InstructorService {
    /** A running table with no move for this long is flagged as stuck on the instructor's grid. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(5);

    private final MoveProcessor processor;
    private final TableRegistry registry;

    public InstructorService(MoveProcessor processor, TableRegistry registry) {
        this.processor = processor;
        this.registry = registry;
    }

    @Transactional
    public Seminar authorize(UUID seminarId, String authorization) {
        Seminar seminar = Seminar.<Seminar>findByIdOptional(seminarId).orElseThrow(ApiProblem::unauthorized);
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        boolean matches = MessageDigest.isEqual(Tokens.hash(token).getBytes(StandardCharsets.UTF_8),
                seminar.instructorTokenHash.getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            throw ApiProblem.unauthorized();
        }
        return seminar;
    }

    @Transactional
    public Dtos.SeminarView view(Seminar seminar) {
        Seminar fresh = Seminar.findById(seminar.id);
        return new Dtos.SeminarView(fresh.id, fresh.title, fresh.joinCode, fresh.scenarioId, fresh.locked,
                tables(seminar.id));
    }

    @Transactional
    public List<Dtos.TableStatus> tables(UUID seminarId) {
        Instant now = Instant.now();
        List<Dtos.TableStatus> statuses = new ArrayList<>();
        for (GameTable t : GameTable.ofSeminar(seminarId)) {
            List<Dtos.SeatView> seats = Seat.ofTable(t.id).stream().map(s -> new Dtos.SeatView(s.role, s.controller,
                    s.botStrategy, Participant.<Participant>list("seatId", s.id).stream()
                    .map(p -> new Dtos.ParticipantView(p.id, p.displayName, p.revoked)).toList())).toList();
            boolean stuck = "NEGOTIATION".equals(t.phase) && t.lastActivityAt.isBefore(now.minus(STUCK_AFTER));
            statuses.add(new Dtos.TableStatus(t.id, t.number, t.phase, t.round, t.draftVersion, t.signatures, t.lastSeq,
                    t.deadlineAt, t.lastActivityAt, stuck, seats));
        }
        return statuses;
    }

    /** Sends one instructor move to one table, or to every table of the seminar when {@code tableId} is null. */
    public List<Dtos.TableActionResult> act(UUID seminarId, UUID tableId, String type, ObjectNode body) {
        List<GameTable> targets = QuarkusTransaction.requiringNew().call(() -> GameTable.ofSeminar(seminarId));
        if (tableId != null) {
            targets = targets.stream().filter(t -> t.id.equals(tableId)).toList();
            if (targets.isEmpty()) {
                throw ApiProblem.badField("tableId", "no such table in this seminar");
            }
        }
        List<Dtos.TableActionResult> results = new ArrayList<>();
        for (GameTable table : targets) {
            try {
                Outcome outcome = processor.submit(table.id, ClockRules.INSTRUCTOR, null, new Command(type, body))
                        .get(10, TimeUnit.SECONDS);
                results.add(new Dtos.TableActionResult(table.id, table.number, true, null, outcome.seq()));
            } catch (ExecutionException e) {
                String error = e.getCause() instanceof MoveRejected r ? r.code() + ": " + r.getMessage() : "failed";
                results.add(new Dtos.TableActionResult(table.id, table.number, false, error, null));
            } catch (InterruptedException | TimeoutException e) {
                results.add(new Dtos.TableActionResult(table.id, table.number, false, "timed out", null));
            }
        }
        if (tableId != null && !results.get(0).applied()) {
            String error = results.get(0).error();
            throw new ApiProblem(409, "Move refused", error, List.of());
        }
        return results;
    }

    @Transactional
    public void setLocked(UUID seminarId, boolean locked) {
        Seminar seminar = Seminar.findById(seminarId);
        seminar.locked = locked;
    }

    /** Revokes a student's seat token and closes its open sockets. */
    @Transactional
    public void remove(UUID seminarId, UUID participantId) {
        Participant participant = Participant.<Participant>findByIdOptional(participantId)
                .filter(p -> p.seminarId.equals(seminarId))
                .orElseThrow(() -> ApiProblem.notFound("no such participant in this seminar"));
        participant.revoked = true;
        registry.all().forEach(t -> t.connections().stream().filter(c -> c.participantId().equals(participantId))
                .forEach(c -> c.socket().close().subscribe().with(ok -> { }, err -> { })));
    }

    public static ObjectNode body() {
        return JsonNodeFactory.instance.objectNode();
    }
}
