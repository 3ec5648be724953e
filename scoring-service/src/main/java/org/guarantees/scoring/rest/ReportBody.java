package org.guarantees.scoring.rest;

import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.service.ReportRenderer;

/** A rating's answer: the report, rendered by {@link ReportBodyWriter} straight into the response's network buffer. */
public record ReportBody(DurabilityReport report, ReportRenderer renderer) {
}
