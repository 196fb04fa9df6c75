/**
 * The {@code cocrea} command line: {@code validate} checks PAL files in one pass and writes a report (text, JSON,
 * SARIF or HTML), {@code rules} lists the rule catalogue, {@code schema} prints the JSON Schema. The entry point is
 * {@link org.cocrea.cli.Main}; everything else is internal.
 *
 * <pre>{@code
 * java -jar cli/target/cocrea.jar validate --lang en --format sarif --output cocrea.sarif examples/pal/
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.cli;
