package org.guarantees.scoring.domain;

public enum EconomicIntegration { NONE, CANDIDATE, ACCESSION_TIMETABLE, MEMBER }
