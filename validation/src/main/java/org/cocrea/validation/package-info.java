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
 * @since 0.1.0
 */
package org.cocrea.validation;
