/**
 * <strong>Internal, not API.</strong> The rule-authoring API of the catalogue: {@link
 * org.cocrea.validation.rules.Check} (what a rule does), {@link org.cocrea.validation.rules.RuleContext} (what it
 * sees) and {@link org.cocrea.validation.rules.Subjects} (where it reports). The rules themselves live one per file
 * in the family packages below ({@code rules.stl.Stl03CivilSocietyParity} for STL-03), their shared helpers in
 * {@code rules.support}. Applications use {@link org.cocrea.validation.Rules} and {@link
 * org.cocrea.validation.Rule}; this package and its subpackages may change in any release and will not be exported
 * by the module descriptor (as OpenTelemetry keeps its {@code internal} packages).
 *
 * <p>Writing a rule: one class {@code <Family><NN><Meaning>} in {@code rules.<family>}, whose Javadoc is the
 * catalogue line (id · statement · severity · source), with a {@code public static final Rule RULE} built by
 * {@link org.cocrea.validation.Rule#define(String)} and a private {@code check} method; add it to {@code Rules} in
 * catalogue order.
 *
 * <pre>{@code
 * public static final Rule RULE = Rule.define("STL-07").inaiLocal().warning().source("[S:KIT4][S:SIN]")
 *     .check(Stl07TitularAlternates::check);
 * }</pre>
 */
package org.cocrea.validation.rules;
