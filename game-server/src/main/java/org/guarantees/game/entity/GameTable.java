package org.guarantees.game.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A table of four roles. Its phase, sequence and clock columns are a projection kept by the event store. */
@Entity
@Table(name = "game_table")
public class GameTable extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "seminar_id")
    public UUID seminarId;
    public int number;
    public String phase;
    @Column(name = "last_seq")
    public long lastSeq;
    @Column(name = "draft_version")
    public int draftVersion;
    public int round;
    public int signatures;
    @Column(name = "deadline_at")
    public Instant deadlineAt;
    @Column(name = "last_activity_at")
    public Instant lastActivityAt;
    @Column(name = "signing_closes_at")
    public Instant signingClosesAt;

    public static List<GameTable> ofSeminar(UUID seminarId) {
        return list("seminarId = ?1 order by number", seminarId);
    }
}
