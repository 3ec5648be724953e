package org.guarantees.scoring.service;

import java.util.List;
import org.guarantees.scoring.domain.Finding;

/** The rules applied to one deal: the facts they read, the yearly hazards and the findings, in rules-file order. */
public record Evaluation(Facts facts, double[] hazard, List<Finding> findings) {
}
