package org.guarantees.scoring.domain;

public enum Commitment { COLLECTIVE_DEFENCE, MILITARY_ASSISTANCE, CONSULTATION, NON_AGGRESSION }
