package org.guarantees.scoring.domain;

public enum AllianceStatus { FREE, NEUTRAL, MEMBERSHIP_DEFERRED, MEMBER }
