package org.guarantees.game.websocket;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.service.Tokens;
import org.guarantees.game.store.TableDirectory;
import org.guarantees.game.store.TableDirectory.SeatIdentity;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks the seat token before the WebSocket upgrade: an unknown or revoked token, or a token of another table, never
 * gets a socket. The seat's identity travels to the endpoint in the connection's user data.
 */
@ApplicationScoped
public class SeatUpgradeCheck implements HttpUpgradeCheck {
    static final TypedKey<String> ROLE = TypedKey.forString("role");
    static final TypedKey<String> PARTICIPANT = TypedKey.forString("participant");

    private final TableDirectory directory;

    public SeatUpgradeCheck(TableDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return TableSocket.class.getName().equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String token = context.httpRequest().getParam("token");
        String tableId = context.pathParam("tableId");
        return Uni.createFrom().item(() -> check(context, token, tableId))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private CheckResult check(HttpUpgradeContext context, String token, String tableId) {
        if (token == null || token.isBlank()) {
            return CheckResult.rejectUpgradeSync(401);
        }
        Optional<SeatIdentity> seat;
        try {
            seat = directory.seatOfToken(Tokens.hash(token));
        } catch (SQLException e) {
            return CheckResult.rejectUpgradeSync(503);
        }
        if (seat.isEmpty() || seat.get().revoked()) {
            return CheckResult.rejectUpgradeSync(401);
        }
        if (!seat.get().tableId().toString().equals(tableId)) {
            return CheckResult.rejectUpgradeSync(403);
        }
        context.userData().put(ROLE, seat.get().role());
        context.userData().put(PARTICIPANT, seat.get().participantId().toString());
        return CheckResult.permitUpgradeSync();
    }

    static UUID participant(io.quarkus.websockets.next.WebSocketConnection connection) {
        return UUID.fromString(connection.userData().get(PARTICIPANT));
    }
}
