/**
 * Checks a {@link org.cocrea.core.LocalExercise} against the methodology's minimum standards: Jakarta field
 * constraints, identifier references and the rule catalogue ({@link org.cocrea.validation.Rules}), reported as
 * immutable {@link org.cocrea.validation.Finding}s in a {@link org.cocrea.validation.ValidationReport}.
 *
 * <p>Entry point: {@link org.cocrea.validation.CocreaValidator#create(ValidatorOptions)}, built once and shared.
 * Messages come in Spanish (es-MX, the default) and English from the bundles under {@code
 * org/cocrea/validation/messages/}, never from the JVM's default locale. The catalogue's documentation, {@code
 * docs/rules.md}, is generated from the rules by {@link org.cocrea.validation.RuleCatalogueDocument}.
 *
 * <p>A validation runs in stages that write to one report: identifier references (REF-01, REF-02), field constraints
 * (FLD-01), then the catalogue's rules. A file checker that ran earlier stages passes what they reported
 * ({@link org.cocrea.validation.PriorStages}) and the validator does not report it again; each engine rule's result
 * counts exactly the findings it shows.
 *
 * <p><b>Decision (issue 10): the field-constraint pre-check stays.</b> {@code ConstraintPreCheck} proves most
 * exercises valid without Hibernate Validator and names the few values it cannot prove, so that Hibernate Validator
 * checks those alone; tests prove both give the same findings. Two alternatives were measured or tested:
 * <ul>
 *   <li>Skipping the field check for schema-valid files is not sound: the JSON Schema's {@code maxLength} counts
 *       code points, {@code @Size} counts UTF-16 units, so a title of 300 emoji passes the schema and fails
 *       {@code @Size(max = 500)}. {@code SchemaImpliesFieldConstraintsTest} (serialization) shows it, and shows on
 *       generated exercises and 150 schema-rejected mutants that this is the only gap: every other FLD-01
 *       violation sits at a place the schema reported, which is why the checker passes those places to the field
 *       stage ({@link org.cocrea.validation.PriorStages}) instead of reporting them twice.</li>
 *   <li>Dropping the pre-check (Hibernate Validator on every exercise) costs, in {@code CpuLoop} thread CPU time,
 *       medians of two interleaved runs of 5 rounds of 1 s on a generated M file (2026-12-07, shared host, load
 *       11–16): the validator alone 5.2–6.3 ms with the pre-check against 10.9–13.0 ms without on the valid M,
 *       4.1–5.5 against 11.7–13.2 ms on the mildly invalid M; the whole file check 15.6–16.6 against 23.3 ms
 *       (valid) and 11.2–14.0 against 24.5–28.5 ms (invalid). The pre-check pays for itself, and an exercise built
 *       in Java gets the same findings either way.</li>
 * </ul>
 *
 * @since 0.1.0
 */
package org.cocrea.validation;
