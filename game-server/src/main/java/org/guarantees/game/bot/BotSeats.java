package org.guarantees.game.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.guarantees.game.entity.GameTable;
import org.guarantees.game.entity.Participant;
import org.guarantees.game.entity.Seat;
import org.guarantees.game.entity.Seminar;
import org.guarantees.game.rest.ApiProblem;
import org.guarantees.game.service.SeatSessions;
import org.guarantees.game.service.Tokens;

import java.time.Instant;
import java.util.UUID;

/**
 * Puts a bot in a seat and takes it out. A bot is a participant of the seat like a student (display name "Bot
 * (Boulware)"), so it connects and moves through the same socket and checks; its lease decides which process runs it.
 */
@ApplicationScoped
public class BotSeats {
    private final SeatSessions sessions;

    public BotSeats(SeatSessions sessions) {
        this.sessions = sessions;
    }

    @Transactional
    public Seat put(Seminar seminar, UUID tableId, String role, String strategy) {
        ConcessionStrategy chosen = Strategies.byName(strategy == null ? "" : strategy).orElseThrow(() ->
                ApiProblem.badField("strategy", "must be one of " + String.join(", ", Strategies.names())));
        Seat seat = seat(seminar, tableId, role);
        seat.controller = Seat.BOT;
        seat.botStrategy = chosen.name();
        Participant bot = Participant.<Participant>find("seatId = ?1 and browserKey = ?2", seat.id, botKey(seat))
                .firstResultOptional().orElseGet(Participant::new);
        if (bot.id == null) {
            bot.id = UUID.randomUUID();
            bot.seminarId = seminar.id;
            bot.seatId = seat.id;
            bot.browserKey = botKey(seat);
            bot.joinedAt = Instant.now();
            bot.tokenHash = Tokens.hash(Tokens.newToken());
        }
        bot.displayName = "Bot (" + Character.toUpperCase(chosen.name().charAt(0)) + chosen.name().substring(1) + ")";
        bot.revoked = false;
        bot.persist();
        return seat;
    }

    @Transactional
    public void remove(Seminar seminar, UUID tableId, String role) {
        release(seat(seminar, tableId, role));
    }

    /**
     * Hands a bot's seat back to the students: the bot's token is revoked and its socket on this process is closed at
     * once; a bot run by another process stops at that process's next lease check.
     */
    @Transactional
    public void release(Seat seat) {
        if (!Seat.BOT.equals(seat.controller)) {
            return;
        }
        seat.controller = Seat.HUMAN;
        seat.botStrategy = null;
        Participant.<Participant>find("seatId = ?1 and browserKey = ?2", seat.id, botKey(seat)).firstResultOptional()
                .ifPresent(bot -> {
                    bot.revoked = true;
                    sessions.closeParticipant(bot.id, null);
                });
    }

    static String botKey(Seat seat) {
        return Participant.botKey(seat.id);
    }

    private static Seat seat(Seminar seminar, UUID tableId, String role) {
        GameTable table = GameTable.<GameTable>findByIdOptional(tableId).filter(t -> t.seminarId.equals(seminar.id))
                .orElseThrow(() -> ApiProblem.notFound("no table " + tableId + " in this seminar"));
        return Seat.ofTable(table.id).stream().filter(s -> s.role.equals(role)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("no seat '" + role + "' at this table"));
    }
}
