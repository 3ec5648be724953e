package org.guarantees.game.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import org.guarantees.game.bot.BotSeats;
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

    /** Sent to a student's open lines when the instructor moves it to another seat: its page joins again. */
    static final String MOVED_FRAME = "{\"type\":\"moved\"}";

    private final MoveProcessor processor;
    private final TableRegistry registry;
    private final ScenarioLibrary scenarios;
    private final SeatSessions sessions;
    private final BotSeats bots;

    public InstructorService(MoveProcessor processor, TableRegistry registry, ScenarioLibrary scenarios,
                             SeatSessions sessions, BotSeats bots) {
        this.processor = processor;
        this.registry = registry;
        this.scenarios = scenarios;
        this.sessions = sessions;
        this.bots = bots;
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
                tables(seminar.id), SeminarService.roundPlan(fresh, scenarios.find(fresh.scenarioId).orElseThrow()));
    }

    @Transactional
    public List<Dtos.TableStatus> tables(UUID seminarId) {
        Instant now = Instant.now();
        List<Dtos.TableStatus> statuses = new ArrayList<>();
        for (GameTable t : GameTable.ofSeminar(seminarId)) {
            List<Dtos.SeatView> seats = Seat.ofTable(t.id).stream().map(s -> new Dtos.SeatView(s.role, s.controller,
                    s.botStrategy, Participant.<Participant>list("seatId", s.id).stream()
                    .map(p -> new Dtos.ParticipantView(p.id, p.displayName, p.revoked, p.isBot()))
                    .toList())).toList();
            boolean stuck = "NEGOTIATION".equals(t.phase) && t.lastActivityAt.isBefore(now.minus(STUCK_AFTER));
            statuses.add(new Dtos.TableStatus(t.id, t.number, t.phase, t.round, t.draftVersion, t.signatures, t.lastSeq,
                    t.deadlineAt, t.lastActivityAt, stuck, seats, t.signingClosesAt));
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

    /**
     * Revokes a student's seat token, then closes its open lines on this process: the revocation commits first, so a
     * client that reconnects at once is refused.
     */
    public void remove(UUID seminarId, UUID participantId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Participant participant = Participant.<Participant>findByIdOptional(participantId)
                    .filter(p -> p.seminarId.equals(seminarId))
                    .orElseThrow(() -> ApiProblem.notFound("no such participant in this seminar"));
            participant.revoked = true;
        });
        sessions.closeParticipant(participantId, null);
    }

    /**
     * Moves a student to another seat of the seminar. The move commits first (a new token, so the old one is refused);
     * then the student's open lines on this process are told and closed, and its page joins again to find its new seat.
     * A bot playing the target seat hands it over to the student.
     */
    public void move(UUID seminarId, UUID participantId, UUID tableId, String role) {
        QuarkusTransaction.requiringNew().run(() -> {
            Participant participant = Participant.<Participant>findByIdOptional(participantId)
                    .filter(p -> p.seminarId.equals(seminarId) && !p.revoked && !p.isBot())
                    .orElseThrow(() -> ApiProblem.notFound("no such student in this seminar"));
            GameTable table = GameTable.<GameTable>findByIdOptional(tableId).filter(t -> t.seminarId.equals(seminarId))
                    .orElseThrow(() -> ApiProblem.badField("tableId", "no such table in this seminar"));
            Seat seat = Seat.ofTable(table.id).stream().filter(s -> s.role.equals(role)).findFirst()
                    .orElseThrow(() -> ApiProblem.badField("role", "no seat '" + role + "' at this table"));
            if (seat.id.equals(participant.seatId)) {
                throw ApiProblem.badField("role", "the student already sits in this seat");
            }
            bots.release(seat);
            participant.seatId = seat.id;
            participant.tokenHash = Tokens.hash(Tokens.newToken());
        });
        sessions.closeParticipant(participantId, MOVED_FRAME);
    }

    public static ObjectNode body() {
        return JsonNodeFactory.instance.objectNode();
    }
}
