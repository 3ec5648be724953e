package org.guarantees.game.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a selection (one option per issue) into the scoring service's Deal. The base deal and each chosen option's
 * dealTerms are deep-merged in issue order. Fields several issues give to {@code primaryInstrument} (commitment, legal
 * form, guarantors, trigger, support) become one guarantee instrument, placed first in {@code instruments}; without a
 * commitment there is no such instrument. Veto and guarantor flags are derived from the instruments when the terms
 * do not set them.
 */
public final class DealMapper {

    private static final Set<String> SECURITY_COUNCIL_VETO = Set.of("US", "GB", "FR", "CN", "RU");

    private DealMapper() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toDeal(Scenario scenario, Map<String, String> selection, String title) {
        Map<String, Object> deal = (Map<String, Object>) DealTerms.copy(scenario.baseDeal());
        for (Issue issue : scenario.issues()) {
            String optionId = selection.get(issue.id());
            if (optionId == null) {
                throw new IllegalArgumentException("selection has no option for issue '" + issue.id() + "'");
            }
            Option option = issue.option(optionId).orElseThrow(() -> new IllegalArgumentException(
                    "issue '" + issue.id() + "' has no option '" + optionId + "'"));
            DealTerms.mergeInto(deal, option.dealTerms());
        }
        List<Object> instruments = new ArrayList<>();
        Object primary = deal.remove(DealContract.PRIMARY_INSTRUMENT);
        if (primary instanceof Map<?, ?> fields && fields.containsKey("commitment")) {
            instruments.add(primary);
        }
        if (deal.get("instruments") instanceof List<?> others) {
            instruments.addAll(others);
        }
        deal.put("instruments", instruments);
        if (title != null && !title.isBlank()) {
            deal.put("title", title.length() > 200 ? title.substring(0, 200) : title);
        }
        deriveFlags(deal, (List<Map<String, Object>>) (List<?>) instruments);
        return deal;
    }

    private static void deriveFlags(Map<String, Object> deal, List<Map<String, Object>> instruments) {
        Object aggressor = deal.get("potentialAggressor");
        deal.putIfAbsent("aggressorIsGuarantor", instruments.stream().anyMatch(i -> guarantors(i).contains(aggressor)));
        deal.putIfAbsent("aggressorCanVeto", instruments.stream().anyMatch(i -> canVeto(i, aggressor)));
    }

    private static boolean canVeto(Map<String, Object> instrument, Object aggressor) {
        Object trigger = instrument.get("trigger");
        return "UNANIMITY_OF_GUARANTORS".equals(trigger) && guarantors(instrument).contains(aggressor)
                || "UN_SECURITY_COUNCIL".equals(trigger) && SECURITY_COUNCIL_VETO.contains(aggressor);
    }

    private static List<?> guarantors(Map<String, Object> instrument) {
        return instrument.get("guarantors") instanceof List<?> list ? list : List.of();
    }

    /** The deal for a selection with a title built from the scenario's title. */
    public static Map<String, Object> toDeal(Scenario scenario, Map<String, String> selection) {
        return toDeal(scenario, selection, scenario.title());
    }
}
