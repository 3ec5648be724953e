package org.guarantees.game.bot;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.game.entity.Seat;
import org.guarantees.game.rest.AuthorizedSeminar;

import java.util.UUID;

/** The instructor puts a bot in a seat (PUT, body {"strategy":"boulware"}) and takes it out (DELETE). */
@Path("/api/v1/seminars/{seminarId}/tables/{tableId}/seats/{role}/bot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BotSeatResource {
    /** The request body and the answer: the seat's role, controller (BOT or HUMAN) and strategy. */
    public record BotRequest(String strategy) {
    }

    public record SeatController(String role, String controller, String strategy) {
    }

    private final AuthorizedSeminar authorized;
    private final BotSeats bots;

    public BotSeatResource(AuthorizedSeminar authorized, BotSeats bots) {
        this.authorized = authorized;
        this.bots = bots;
    }

    @PUT
    public SeatController put(@PathParam("seminarId") UUID seminarId, @PathParam("tableId") UUID tableId,
                              @PathParam("role") String role,
                              BotRequest request) {
        Seat seat = bots.put(authorized.get(), tableId, role,
                request == null ? null : request.strategy());
        return new SeatController(seat.role, seat.controller, seat.botStrategy);
    }

    @DELETE
    public SeatController remove(@PathParam("seminarId") UUID seminarId, @PathParam("tableId") UUID tableId,
                                 @PathParam("role") String role) {
        bots.remove(authorized.get(), tableId, role);
        return new SeatController(role, Seat.HUMAN, null);
    }
}
