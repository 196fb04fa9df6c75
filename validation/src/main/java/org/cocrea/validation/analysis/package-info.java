/**
 * Analyses of validation reports for research: compliance with the methodology's rules per rule, per family and per
 * exercise ({@link org.cocrea.validation.analysis.Compliance}), as plain functions of the reports' rule results.
 *
 * <pre>{@code
 * List<RuleCompliance> rules = Compliance.byRule(reports);
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.validation.analysis;
