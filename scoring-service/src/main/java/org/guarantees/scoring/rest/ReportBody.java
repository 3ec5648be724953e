package org.guarantees.scoring.rest;

import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.service.ReportRenderer;

/**
 * A rating's answer: the report, rendered by {@link ReportBodyWriter} straight into the response's network buffer. It
 * carries its renderer because the writer is created while RESTEasy is set up, before the configuration that
 * {@code ActiveRules} needs exists, so the writer cannot have the rules injected.
 */
public record ReportBody(DurabilityReport report, ReportRenderer renderer) {
}
