package org.guarantees.game.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
public class Seminar extends PanacheEntityBase {
    @Id
    public UUID id;
    public String title;
    @Column(name = "join_code")
    public String joinCode;
    @Column(name = "instructor_token_hash")
    public String instructorTokenHash;
    @Column(name = "scenario_id")
    public String scenarioId;
    public boolean locked;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The round lengths in minutes chosen for every table ("20,20,20,15"), or null for the scenario's own. */
    @Column(name = "round_minutes")
    public String roundMinutes;

    /** The round lengths chosen for the seminar, or an empty list for the scenario's own. */
    public java.util.List<Integer> roundPlan() {
        if (roundMinutes == null || roundMinutes.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(roundMinutes.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public static Optional<Seminar> byJoinCode(String joinCode) {
        return find("joinCode", joinCode).firstResultOptional();
    }

    public static Optional<Seminar> byInstructorTokenHash(String hash) {
        return find("instructorTokenHash", hash).firstResultOptional();
    }
}
