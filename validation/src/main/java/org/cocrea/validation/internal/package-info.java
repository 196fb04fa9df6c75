/**
 * The Jakarta constraint validators of {@link org.cocrea.core.ModelConstraints} and {@link
 * org.cocrea.validation.ConformsTo}, found by Jakarta Validation providers through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} and the module's {@code provides}. Not API: applications put
 * the annotations on their types and never name these classes.
 */
package org.cocrea.validation.internal;
