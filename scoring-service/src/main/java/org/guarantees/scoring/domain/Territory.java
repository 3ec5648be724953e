package org.guarantees.scoring.domain;

public enum Territory { RESTORED, FROZEN_LINE_WITHOUT_RECOGNITION, RECOGNISED_CESSION, OPEN }
