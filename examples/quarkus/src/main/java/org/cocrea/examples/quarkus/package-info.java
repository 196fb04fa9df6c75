/**
 * Cocrea's model in a Quarkus application: a CDI bean whose {@code @Valid LocalExercise} parameter Quarkus's
 * Hibernate Validator checks before the method runs.
 *
 * <pre>{@code
 * @Inject Exercises exercises;
 * exercises.publish(exercise);   // ConstraintViolationException for a blank commitment title
 * }</pre>
 */
package org.cocrea.examples.quarkus;
