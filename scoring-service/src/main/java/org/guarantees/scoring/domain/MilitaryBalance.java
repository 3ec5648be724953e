package org.guarantees.scoring.domain;

/** The protected state's own strength against the potential aggressor when the arrangement takes effect. */
public enum MilitaryBalance { AGGRESSOR_SUPERIOR, BALANCED, DEFENDER_SUPERIOR }
