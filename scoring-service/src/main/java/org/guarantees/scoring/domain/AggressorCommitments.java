package org.guarantees.scoring.domain;

public record AggressorCommitments(Boolean nonAggressionLaw, Boolean armsControl) {
}
