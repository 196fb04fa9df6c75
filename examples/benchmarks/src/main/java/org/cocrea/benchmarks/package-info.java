/**
 * JMH benchmarks of reading and checking PAL files, per corpus size: the raw Jackson tree parse of the same bytes
 * (the practical limit), Jackson tree plus JSON Schema, the reader (locating parse, schema, binding, references), the
 * full check ({@link org.cocrea.serialization.PalChecker}) and the rules alone on an in-memory exercise; and a
 * scaling series that halves an L exercise down to a sixteenth. Built only with {@code -Pbench}; never part of
 * {@code mvn verify}.
 *
 * <pre>{@code
 * mvn -B -ntp -Pbench -pl examples/benchmarks -am -DskipTests package
 * java -jar examples/benchmarks/target/benchmarks.jar            # BenchMain: runs everything, prints MB/s and docs/s
 * java -jar examples/benchmarks/target/benchmarks.jar --quick --sizes M
 * }</pre>
 */
package org.cocrea.benchmarks;
