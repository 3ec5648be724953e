package org.guarantees.scoring.domain;

public enum Separation { NONE, SEPARATION_OF_FORCES, DEMILITARISED_ZONE }
