package org.guarantees.scoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.domain.Finding;

/**
 * Each rule's finding as the mapper writes it, and each voided variant a rule can cause: a report's findings are
 * copied from here instead of being serialized again.
 */
final class FindingFragments {
    /** The rater reports a rule's own Finding instance, found here without hashing its nine fields. */
    private final Map<Finding, byte[]> byInstance = new IdentityHashMap<>();
    private final Map<Finding, byte[]> byValue = new HashMap<>();

    FindingFragments(List<CompiledRule> rules, ObjectMapper mapper) {
        for (CompiledRule rule : rules) {
            byte[] json = JacksonBytes.of(mapper, rule.finding());
            byInstance.put(rule.finding(), json);
            byValue.put(rule.finding(), json);
        }
        for (CompiledRule voiding : rules) {
            for (String target : voiding.suppresses()) {
                for (CompiledRule voided : rules) {
                    if (voided.id().equals(target)) {
                        Finding finding = voided.finding().voidedBy(voiding.id());
                        byValue.put(finding, JacksonBytes.of(mapper, finding));
                    }
                }
            }
        }
    }

    /** The finding's JSON, or null if it is not one the rules can report. */
    byte[] find(Finding finding) {
        byte[] json = byInstance.get(finding);
        return json != null ? json : byValue.get(finding);
    }
}
