/**
 * Example exercises built from public data on INAI's "Gobierno Abierto: Cocreación desde lo Local" (Durango, Morelos,
 * Veracruz, Oaxaca and Coahuila, 2015-2017), as Java values ({@link org.cocrea.examples.data.ExampleExercises#all()})
 * and as the PAL files under {@code examples/pal/} that {@link org.cocrea.examples.data.WriteExamples} writes.
 *
 * @since 0.1.0
 */
package org.cocrea.examples.data;
