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

    public static Optional<Seminar> byJoinCode(String joinCode) {
        return find("joinCode", joinCode).firstResultOptional();
    }

    public static Optional<Seminar> byInstructorTokenHash(String hash) {
        return find("instructorTokenHash", hash).firstResultOptional();
    }
}
