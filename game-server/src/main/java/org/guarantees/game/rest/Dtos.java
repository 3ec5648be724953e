package org.guarantees.game.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the REST API (see the OpenAPI document at /q/openapi). */
public final class Dtos {
    private Dtos() {
    }

    /**
     * @param roundMinutes the length of each round at every table of the seminar (default: the scenario's rounds)
     * @param botStrategy when set, every seat starts played by a bot of this strategy until a student takes it
     */
    public record CreateSeminar(@NotBlank @Size(max = 200) String title,
                                @NotNull @Min(1) @Max(50) Integer tables,
                                @Size(max = 100) String scenarioId,
                                @Size(min = 1, max = 8) List<@NotNull @Min(1) @Max(240) Integer> roundMinutes,
                                @Pattern(regexp = "boulware|conceder|tit-for-tat") String botStrategy) {
    }

    public record MoveParticipant(@NotNull UUID tableId, @NotBlank @Size(max = 20) String role) {
    }

    public record TableRef(UUID id, int number) {
    }

    public record SeminarCreated(UUID seminarId, String title, String joinCode, String instructorToken,
                                 String scenarioId, List<TableRef> tables, List<Integer> roundMinutes) {
    }

    public record Join(@NotBlank @Size(max = 16)
                       @Pattern(regexp = "[A-Za-z0-9 -]+", message = "letters and digits only (spaces and dashes are ignored)")
                       String joinCode,
                       @NotBlank @Size(max = 200) String displayName,
                       @NotBlank @Size(min = 16, max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String browserKey,
                       @Size(max = 20) String role,
                       @Min(1) @Max(50) Integer table) {
    }

    public record Joined(String seatToken, UUID participantId, UUID seminarId, String seminarTitle, UUID tableId,
                         int tableNumber, String role, String displayName, boolean returning) {
    }

    /** @param bot whether this participant is the seat's bot rather than a student */
    public record ParticipantView(UUID id, String displayName, boolean revoked, boolean bot) {
    }

    public record SeatView(String role, String controller, String botStrategy, List<ParticipantView> participants) {
    }

    /** @param signingClosesAt when the version out for signature closes, or null when none is */
    public record TableStatus(UUID id, int number, String phase, int round, int draftVersion, int signatures,
                              long lastSeq, Instant deadline, Instant lastActivity, boolean stuck, List<SeatView> seats,
                              Instant signingClosesAt) {
    }

    public record SeminarView(UUID id, String title, String joinCode, String scenarioId, boolean locked,
                              List<TableStatus> tables, List<Integer> roundMinutes) {
    }

    public record ClockAction(@NotBlank @Pattern(regexp = "start|pause|resume|advance|end") String action,
                              UUID tableId, List<@Min(1) @Max(240) Integer> roundMinutes) {
    }

    public record InjectRequest(UUID tableId, @Size(max = 100) String injectId, @Size(max = 120) String title,
                                @Size(max = 2000) String text) {
    }

    public record BroadcastRequest(UUID tableId, @NotBlank @Size(max = 2000) String text) {
    }

    public record LockRequest(@NotNull Boolean locked) {
    }

    public record TableActionResult(UUID tableId, int number, boolean applied, String error, Long seq) {
    }

    public record TableResult(UUID tableId, int number, String phase, String endReason, int draftVersion,
                              Map<String, String> deal, Map<String, Integer> points, Map<String, Integer> noDealValues,
                              Object rating) {
    }
}
