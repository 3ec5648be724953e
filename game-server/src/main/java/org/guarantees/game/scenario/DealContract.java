package org.guarantees.game.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring service's Deal schema (scoring-service openapi.yaml), restated here so a scenario file is checked at
 * load time rather than when a signed deal is first rated. A test keeps the enums in step with the OpenAPI document.
 */
public final class DealContract {

    /** Key under which several issues contribute fields to one primary guarantee instrument (see DealMapper). */
    public static final String PRIMARY_INSTRUMENT = "primaryInstrument";

    private static final Map<String, List<String>> ENUMS = new LinkedHashMap<>();

    static {
        ENUMS.put("monitoring", List.of("NONE", "OBSERVERS", "TECHNICAL_MEANS", "JOINT_COMMISSION"));
        ENUMS.put("separation", List.of("NONE", "SEPARATION_OF_FORCES", "DEMILITARISED_ZONE"));
        ENUMS.put("alliance", List.of("FREE", "NEUTRAL", "MEMBERSHIP_DEFERRED", "MEMBER"));
        ENUMS.put("economicIntegration", List.of("NONE", "CANDIDATE", "ACCESSION_TIMETABLE", "MEMBER"));
        ENUMS.put("territory", List.of("RESTORED", "FROZEN_LINE_WITHOUT_RECOGNITION", "RECOGNISED_CESSION", "OPEN"));
        ENUMS.put("sanctions", List.of("KEPT", "PHASED_RELIEF_WITH_SNAPBACK", "LIFTED", "NONE_IN_PLACE"));
        ENUMS.put("militaryBalance", List.of("AGGRESSOR_SUPERIOR", "BALANCED", "DEFENDER_SUPERIOR"));
        ENUMS.put("legalForm", List.of("RATIFIED_TREATY", "SIGNED_AGREEMENT", "EXECUTIVE_AGREEMENT",
                "POLITICAL_DECLARATION", "DOMESTIC_LAW", "UN_RESOLUTION"));
        ENUMS.put("commitment", List.of("COLLECTIVE_DEFENCE", "MILITARY_ASSISTANCE", "CONSULTATION", "NON_AGGRESSION"));
        ENUMS.put("trigger", List.of("AUTOMATIC", "CONSTITUTIONAL_PROCESS", "AFTER_CONSULTATION",
                "UNANIMITY_OF_GUARANTORS", "UN_SECURITY_COUNCIL", "DISCRETION"));
        ENUMS.put("support", List.of("NUCLEAR_DETERRENCE", "AIR_SUPPORT", "AIR_DEFENCE", "INTELLIGENCE", "LOGISTICS",
                "NAVAL", "GROUND_FORCES", "ARMS_AND_FINANCE"));
        ENUMS.put("presence", List.of("NONE", "MONITORS", "UN_PEACEKEEPERS", "THIRD_PARTY_PEACEKEEPERS",
                "DETERRENT_FORCE_WITH_GREAT_POWER", "TRAINERS"));
        ENUMS.put("limit", List.of("NONE", "PERSONNEL_CEILING", "NEUTRALITY"));
    }

    private static final ContractType COUNTRIES = new ContractType.ListOf(new ContractType.Country(), 0);
    private static final Map<String, ContractType> INSTRUMENT_FIELDS = fields(
            "name", new ContractType.Text(200),
            "legalForm", oneOf("legalForm"),
            "guarantors", new ContractType.ListOf(new ContractType.Country(), 1),
            "commitment", oneOf("commitment"),
            "trigger", oneOf("trigger"),
            "support", new ContractType.ListOf(oneOf("support"), 0));
    private static final ContractType INSTRUMENT = new ContractType.Fields(INSTRUMENT_FIELDS,
            Set.of("legalForm", "guarantors", "commitment", "trigger"));
    private static final Map<String, ContractType> DEAL_FIELDS = fields(
            "title", new ContractType.Text(200),
            "year", new ContractType.Whole(Integer.MIN_VALUE),
            "protectedState", new ContractType.Country(),
            "potentialAggressor", new ContractType.Country(),
            "instruments", new ContractType.ListOf(INSTRUMENT, 0),
            "aggressorIsGuarantor", new ContractType.Flag(),
            "aggressorCanVeto", new ContractType.Flag(),
            "ceasefire", new ContractType.Flag(),
            "foreignForces", new ContractType.Fields(fields("presence", oneOf("presence"), "providers", COUNTRIES,
                    "hostCanExpel", new ContractType.Flag()), Set.of("presence")),
            "monitoring", oneOf("monitoring"),
            "separation", oneOf("separation"),
            "forceLimits", new ContractType.Fields(fields("limit", oneOf("limit"),
                    "personnelCeiling", new ContractType.Whole(0)), Set.of("limit")),
            "alliance", oneOf("alliance"),
            "economicIntegration", oneOf("economicIntegration"),
            "territory", oneOf("territory"),
            "sanctions", oneOf("sanctions"),
            "militaryBalance", oneOf("militaryBalance"),
            "aggressorCommitments", new ContractType.Fields(fields("nonAggressionLaw", new ContractType.Flag(),
                    "armsControl", new ContractType.Flag()), Set.of()),
            "grievances", new ContractType.Fields(fields("redLinesCrossed", COUNTRIES,
                    "maximalistAimsUnmet", COUNTRIES), Set.of()));
    private static final ContractType DEAL = new ContractType.Fields(DEAL_FIELDS,
            Set.of("protectedState", "potentialAggressor"));
    private static final ContractType TERMS = new ContractType.Fields(termsFields(), Set.of());

    private DealContract() {
    }

    /** Checks a fragment (an option's dealTerms or the base deal): known fields and values, nothing required. */
    public static List<String> checkTerms(Map<String, Object> terms, String path) {
        List<String> violations = new ArrayList<>();
        TERMS.check(terms, path, false, violations);
        return violations;
    }

    /** Checks a complete Deal as it will be sent to the scoring service. */
    public static List<String> checkDeal(Map<String, Object> deal) {
        List<String> violations = new ArrayList<>();
        DEAL.check(deal, "", true, violations);
        return violations;
    }

    /** The contract's enumerations by property name (e.g. "monitoring", "trigger", "presence"). */
    public static Map<String, List<String>> enums() {
        return java.util.Collections.unmodifiableMap(ENUMS);
    }

    private static Map<String, ContractType> termsFields() {
        Map<String, ContractType> terms = new LinkedHashMap<>(DEAL_FIELDS);
        terms.put(PRIMARY_INSTRUMENT, new ContractType.Fields(INSTRUMENT_FIELDS, Set.of()));
        return terms;
    }

    private static ContractType oneOf(String enumName) {
        return new ContractType.OneOf(ENUMS.get(enumName));
    }

    private static Map<String, ContractType> fields(Object... namesAndTypes) {
        Map<String, ContractType> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.put((String) namesAndTypes[i], (ContractType) namesAndTypes[i + 1]);
        }
        return fields;
    }
}
