package org.guarantees.game.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;
import java.util.UUID;

/** A role at a table, played by one or more students (a team) or, later, a bot. */
@Entity
public class Seat extends PanacheEntityBase {
    public static final String HUMAN = "HUMAN";
    public static final String BOT = "BOT";

    @Id
    public UUID id;
    @Column(name = "table_id")
    public UUID tableId;
    public String role;
    public String controller;
    @Column(name = "bot_strategy")
    public String botStrategy;

    public static List<Seat> ofTable(UUID tableId) {
        return list("tableId", tableId);
    }
}
