/**
 * A Spring Boot 4 service that checks PAL files: {@code POST /pal/check} takes a PAL JSON file and returns the JSON
 * report (the shape of {@code cocrea validate --format json}); {@code POST /exercises} takes a {@code LocalExercise}
 * with {@code @Valid} (a blank commitment title is a 400) and returns the validator's report. Profile, language,
 * as-of date and thresholds come from {@code application.properties} ({@link
 * org.cocrea.examples.springboot.CocreaProperties}).
 *
 * <pre>{@code
 * curl -X POST --data-binary @examples/pal/mx-dur-2015.json -H 'Content-Type: application/json' \
 *     http://localhost:8080/pal/check
 * }</pre>
 */
package org.cocrea.examples.springboot;
