package org.guarantees.scoring.domain;

public enum ForceLimit { NONE, PERSONNEL_CEILING, NEUTRALITY }
