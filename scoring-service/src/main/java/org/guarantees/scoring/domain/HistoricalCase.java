package org.guarantees.scoring.domain;

import java.util.List;

public record HistoricalCase(
        String id,
        String name,
        String date,
        boolean heldOut,
        String encodedAfter,
        CaseOutcome outcome,
        String encodingNotes,
        List<String> sources,
        Deal deal,
        DurabilityReport report) {
}
