/**
 * The report writers: a {@link org.cocrea.report.ReportRun} (the results of checking files, with the
 * run's language, profile and as-of date) written as text for people, as JSON in the shape documented by {@code
 * cocrea-report.schema.json}, as SARIF 2.1.0, or as one self-contained, accessible HTML page.
 *
 * <pre>{@code
 * PalChecker checker = PalChecker.create();
 * ReportRun run = new ReportRun(List.of(checker.check(Path.of("plan.json"))), Locale.forLanguageTag("es-MX"),
 *     Profile.INAI_CORE, LocalDate.of(2025, 6, 30), "0.1.0");
 * System.out.print(ReportWriter.of(ReportFormat.TEXT).render(run));
 * }</pre>
 *
 * <p>{@link org.cocrea.report.ReportStream} writes each format, file by file; a {@code ReportWriter} is
 * only a loop over the format's stream for a run already in memory, so each format is written by one piece of code.
 * For runs over many files: the text, JSON and SARIF streams keep no file's result once it is given (JSON and SARIF spool the parts
 * that follow a summary to a temporary file), so their memory does not grow with the number of files.
 *
 * <p>{@link org.cocrea.report.RuleDescriptor} describes every rule id a report can cite: the file
 * reader's, the validation engine's and the methodology catalogue's.
 *
 * @since 0.1.0
 */
package org.cocrea.report;
