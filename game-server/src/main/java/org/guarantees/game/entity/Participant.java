package org.guarantees.game.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A student in a seat. Only the hash of the seat token is stored. */
@Entity
public class Participant extends PanacheEntityBase {
    /** A seat's bot is a participant whose browser key is this prefix and its seat's id. */
    public static final String BOT_KEY_PREFIX = "bot-";

    @Id
    public UUID id;
    @Column(name = "seminar_id")
    public UUID seminarId;
    @Column(name = "seat_id")
    public UUID seatId;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "browser_key")
    public String browserKey;
    @Column(name = "token_hash")
    public String tokenHash;
    public boolean revoked;
    @Column(name = "joined_at")
    public Instant joinedAt;

    public static String botKey(UUID seatId) {
        return BOT_KEY_PREFIX + seatId;
    }

    public boolean isBot() {
        return browserKey.startsWith(BOT_KEY_PREFIX);
    }

    public static Optional<Participant> byTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public static Optional<Participant> returning(UUID seminarId, String browserKey) {
        return find("seminarId = ?1 and browserKey = ?2", seminarId, browserKey).firstResultOptional();
    }
}
