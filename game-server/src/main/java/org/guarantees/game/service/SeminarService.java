package org.guarantees.game.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.guarantees.game.domain.MoveRejected;
import org.guarantees.game.domain.Texts;
import org.guarantees.game.bot.BotSeats;
import org.guarantees.game.entity.GameTable;
import org.guarantees.game.entity.Participant;
import org.guarantees.game.entity.Seat;
import org.guarantees.game.entity.Seminar;
import org.guarantees.game.rest.ApiProblem;
import org.guarantees.game.rest.Dtos;
import org.guarantees.game.scenario.Scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creating seminars and seating students. */
@ApplicationScoped
public class SeminarService {
    private final ScenarioLibrary scenarios;
    private final BotSeats bots;

    public SeminarService(ScenarioLibrary scenarios, BotSeats bots) {
        this.scenarios = scenarios;
        this.bots = bots;
    }

    @Transactional
    public Dtos.SeminarCreated create(Dtos.CreateSeminar request) {
        Scenario scenario = request.scenarioId() == null ? scenarios.defaultScenario()
                : scenarios.find(request.scenarioId()).orElseThrow(
                        () -> ApiProblem.badField("scenarioId", "no scenario '" + request.scenarioId() + "'"));
        Seminar seminar = new Seminar();
        seminar.id = UUID.randomUUID();
        seminar.title = clean("title", request.title(), 200);
        seminar.joinCode = uniqueJoinCode();
        String instructorToken = Tokens.newToken();
        seminar.instructorTokenHash = Tokens.hash(instructorToken);
        seminar.scenarioId = scenario.id();
        seminar.createdAt = Instant.now();
        if (request.roundMinutes() != null) {
            seminar.roundMinutes = String.join(",", request.roundMinutes().stream().map(String::valueOf).toList());
        }
        seminar.persist();
        List<Dtos.TableRef> tables = new ArrayList<>();
        for (int number = 1; number <= request.tables(); number++) {
            GameTable table = new GameTable();
            table.id = UUID.randomUUID();
            table.seminarId = seminar.id;
            table.number = number;
            table.phase = "LOBBY";
            table.lastActivityAt = seminar.createdAt;
            table.persist();
            for (String role : scenario.roleIds()) {
                Seat seat = new Seat();
                seat.id = UUID.randomUUID();
                seat.tableId = table.id;
                seat.role = role;
                seat.controller = Seat.HUMAN;
                seat.persist();
                if (request.botStrategy() != null) {
                    bots.put(seminar, table.id, role, request.botStrategy());
                }
            }
            tables.add(new Dtos.TableRef(table.id, number));
        }
        return new Dtos.SeminarCreated(seminar.id, seminar.title, seminar.joinCode, instructorToken, scenario.id(), tables,
                roundPlan(seminar, scenario));
    }

    /** The round lengths the seminar's tables start with: the instructor's, else the scenario's. */
    public static List<Integer> roundPlan(Seminar seminar, Scenario scenario) {
        List<Integer> chosen = seminar.roundPlan();
        return chosen.isEmpty() ? scenario.rounds().stream().map(r -> r.minutes()).toList() : chosen;
    }

    /**
     * Seats a student: a returning browser gets its seat back; otherwise the requested seat, or the seat with the
     * fewest students (table by table), so tables fill before roles become teams.
     */
    @Transactional
    public Dtos.Joined join(Dtos.Join request) {
        Seminar seminar = Seminar.byJoinCode(request.joinCode().replaceAll("[ -]", "").toUpperCase())
                .orElseThrow(() -> ApiProblem.notFound("no seminar with this join code"));
        Seminar.getEntityManager().lock(seminar, LockModeType.PESSIMISTIC_WRITE);
        String token = Tokens.newToken();
        Optional<Participant> returning = Participant.returning(seminar.id, request.browserKey());
        Participant participant;
        if (returning.isPresent() && !returning.get().revoked) {
            participant = returning.get();
            participant.tokenHash = Tokens.hash(token);
        } else if (returning.isPresent()) {
            throw ApiProblem.forbidden("the instructor removed you from this seminar");
        } else {
            if (seminar.locked) {
                throw new ApiProblem(423, "Lobby locked", "the instructor has locked this seminar's lobby", List.of());
            }
            participant = new Participant();
            participant.id = UUID.randomUUID();
            participant.seminarId = seminar.id;
            participant.browserKey = request.browserKey();
            participant.displayName = clean("displayName", request.displayName(), Texts.MAX_NAME);
            participant.tokenHash = Tokens.hash(token);
            participant.joinedAt = Instant.now();
            Seat seat = chooseSeat(seminar, request);
            bots.release(seat); // a student arriving in a bot's seat takes it over; the table's log is its state
            participant.seatId = seat.id;
            participant.persist();
        }
        Seat seat = Seat.findById(participant.seatId);
        GameTable table = GameTable.findById(seat.tableId);
        return new Dtos.Joined(token, participant.id, seminar.id, seminar.title, table.id, table.number, seat.role,
                participant.displayName, returning.isPresent());
    }

    private Seat chooseSeat(Seminar seminar, Dtos.Join request) {
        List<GameTable> tables = GameTable.ofSeminar(seminar.id);
        List<Seat> candidates = new ArrayList<>();
        for (GameTable table : tables) {
            if (request.table() == null || request.table() == table.number) {
                candidates.addAll(Seat.ofTable(table.id).stream()
                        .filter(s -> request.role() == null || s.role.equals(request.role())).toList());
            }
        }
        if (candidates.isEmpty()) {
            throw ApiProblem.badField(request.role() != null ? "role" : "table", "no such seat in this seminar");
        }
        List<String> roleOrder = scenarios.find(seminar.scenarioId).orElseThrow().roleIds();
        return candidates.stream().min(Comparator
                .comparingLong((Seat s) -> Participant.count(
                        "seatId = ?1 and revoked = false and browserKey not like ?2", s.id,
                        Participant.BOT_KEY_PREFIX + "%"))
                .thenComparingInt(s -> tableNumber(tables, s))
                .thenComparingInt(s -> roleOrder.indexOf(s.role))).orElseThrow();
    }

    private static int tableNumber(List<GameTable> tables, Seat seat) {
        return tables.stream().filter(t -> t.id.equals(seat.tableId)).findFirst().map(t -> t.number).orElse(0);
    }

    private static String clean(String field, String raw, int max) {
        try {
            return Texts.clean(field, raw, max);
        } catch (MoveRejected e) {
            throw ApiProblem.badField(field, e.getMessage());
        }
    }

    private static String uniqueJoinCode() {
        String code = Tokens.newJoinCode();
        while (Seminar.byJoinCode(code).isPresent()) {
            code = Tokens.newJoinCode();
        }
        return code;
    }
}
