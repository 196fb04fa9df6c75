/**
 * Cocrea's Jackson-free modules in a Spring Boot 3.5 application (Jackson 2): a {@code @Validated} service whose
 * {@code @Valid LocalExercise} parameter is checked by Spring's validator, and Cocrea's rule engine as a bean.
 *
 * <pre>{@code
 * ValidationReport report = exercises.publish(exercise);   // ConstraintViolationException for a blank title
 * }</pre>
 */
package org.cocrea.examples.springboot3;
