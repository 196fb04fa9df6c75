/**
 * Test support shared by every module through core's test-jar: {@link org.cocrea.testkit.RandomExercises}, a
 * seeded generator of complete, referentially consistent local exercises with a controlled share of realistic
 * defects, and {@link org.cocrea.testkit.FieldConstraints}, a dependency-free check of the model's field-level
 * constraints.
 *
 * <p>Use it at test scope only:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.cocrea</groupId>
 *   <artifactId>cocrea-core</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.testkit;
