/**
 * The JSON form of the Cocrea model and the reading of PAL files: writing and trusted reading with
 * {@link org.cocrea.serialization.CocreaJson} (also a configured Jackson 3 {@code JsonMapper} and module for
 * embedders), the locating file reader {@link org.cocrea.serialization.PalReader}, the one-pass file checker
 * {@link org.cocrea.serialization.PalChecker}, the JSON Schema {@link org.cocrea.serialization.PalSchema} and the
 * descriptors of the file-level rules ({@link org.cocrea.serialization.FileRules}).
 *
 * <p>The JSON form: property names are the model's attribute names, enums their constant names, dates ISO
 * {@code YYYY-MM-DD}, decimals plain JSON numbers, absent values and empty collections left out, sets in enum
 * declaration order, maps keyed by enum constant names, and the root object starts with
 * {@code "schemaVersion": "1.0"}. Properties follow the order of the schema. No annotation in core: a generic codec
 * over {@link org.cocrea.core.meta.ModelTypes} does the work.
 *
 * <p>Reading a file from a user never throws for bad content. It is one pass: the bytes are checked to be UTF-8 (a
 * UTF-8 byte order mark is accepted), one streaming parse builds the JSON tree and records where every value starts,
 * limits are enforced ({@link org.cocrea.serialization.ReaderOptions}), then the schema is checked, the tree is bound
 * to the model (an element that cannot be bound is reported and left out; everything else is kept) and identifier
 * references are resolved. Every finding carries a JSON Pointer and a line and column; messages are in Spanish
 * (es-MX, the default) or English, from the bundle {@code org/cocrea/serialization/messages}.
 *
 * <pre>{@code
 * // write and read back
 * String json = CocreaJson.write(exercise);
 * LocalExercise same = CocreaJson.read(json);
 *
 * // read and check a user's file in one pass
 * PalChecker checker = PalChecker.create(
 *     ValidatorOptions.builder().asOf(LocalDate.of(2016, 12, 31)).build(),
 *     ReaderOptions.builder().locale(Locale.ENGLISH).build());
 * CheckResult result = checker.check(Path.of("durango-2015.json"));
 * result.report().findings().forEach(System.out::println);   // ERROR SCH-01 /plans/0/commitments/2 (41:9): ...
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.serialization;
