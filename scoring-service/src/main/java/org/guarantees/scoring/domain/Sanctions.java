package org.guarantees.scoring.domain;

public enum Sanctions { KEPT, PHASED_RELIEF_WITH_SNAPBACK, LIFTED, NONE_IN_PLACE }
