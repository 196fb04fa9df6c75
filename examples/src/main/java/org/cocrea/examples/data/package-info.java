/**
 * Example exercises built from public data on INAI's "Gobierno Abierto: Cocreación desde lo Local" (Durango, Morelos,
 * Veracruz, Oaxaca and Coahuila, 2015-2017), as Java values ({@link org.cocrea.examples.data.ExampleExercises#all()})
 * and as the PAL files under {@code examples/pal/} that {@link org.cocrea.examples.data.WriteExamples} writes.
 *
 * <p>Each exercise class states only its own facts: names, dates, seats, sessions, tables, proposals, commitments and
 * what is illustrative. What the five share (how ids and web addresses are formed, alternates, attendance and votes,
 * milestone schedules and statuses, progress reports, the document repository) lives once, in the package-private
 * builders {@code Secretariat} (the STL), {@code CoCreation} (call, tables, proposals) and {@code ActionPlan}
 * (commitments, milestones, reports, the plan) and in the helpers of {@code Kit}. A new example follows the shape of
 * an existing one; after changing any of them, regenerate the PAL files with {@code WriteExamples}.
 *
 * @since 0.1.0
 */
package org.cocrea.examples.data;
