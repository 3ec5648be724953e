package org.guarantees.scoring.domain;

public enum Monitoring { NONE, OBSERVERS, TECHNICAL_MEANS, JOINT_COMMISSION }
