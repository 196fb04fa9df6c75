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
 * {@code "schemaVersion"}: {@code "1.0"}, or {@code "1.1"} for an exercise that uses anything of format 1.1 (dates of
 * year or month precision, completeness, provenance, names without records, frameworks). Both versions are read, each
 * checked with its own schema ({@link org.cocrea.serialization.PalSchema#forVersion(String)}), and
 * {@link org.cocrea.serialization.ReadResult#schemaVersion()} says which. Properties follow the order of the schema. No annotation in core: a generic codec
 * over {@code org.cocrea.core.meta.ModelTypes} does the work.
 *
 * <p>Reading a file from a user never throws for bad content. It is one pass: the bytes are checked to be UTF-8 (a
 * UTF-8 byte order mark is accepted), one streaming parse builds the JSON tree and records where every value starts,
 * limits are enforced ({@link org.cocrea.serialization.ReaderOptions}), then the schema is checked, the tree is bound
 * to the model (an element that cannot be bound is reported and left out; everything else is kept). Every finding
 * carries a JSON Pointer and a line and column; messages are in Spanish (es-MX, the default) or English, from the
 * bundle {@code org/cocrea/serialization/messages}.
 *
 * <p>Checking a file is one pipeline writing to one report ({@link org.cocrea.serialization.PalChecker}): the
 * reader's stages (syntax and limits, schema, binding), then the validator's (identifier references, field
 * constraints, the rules), each told through {@link org.cocrea.validation.PriorStages} what the earlier ones
 * reported, so that no problem is reported twice and every rule result counts exactly the findings it shows. The
 * validator renders REF-01/REF-02 once, and the checker locates them in the file like every other finding.
 *
 * <p><b>Decision (issue 10): the schema pre-check stays.</b> {@code SchemaAcceptor} accepts a document only when
 * networknt would report nothing, and names the smallest failing parts otherwise, so networknt runs on those parts
 * alone (tests prove the same problems either way). Measured with {@code CpuLoop} (thread CPU time, medians of two
 * interleaved runs of 5 rounds of 1 s, generated M files, 2026-12-07 on a shared host, load 11–16), with the
 * pre-check against networknt on the whole document: the reader on the mildly invalid M 6.4–7.1 ms against
 * 10.5–14.8 ms; the whole file check 15.6–16.6 against 18.5–25.2 ms on the valid M and 11.2–14.0 against 19.8–22.5 ms
 * on the invalid one. It pays for itself. The byte/char parser twin was not re-measured in this round.
 *
 * <p>Numbers are bounded where they are parsed ({@code NumberBounds}): at most 100 characters and a decimal exponent
 * within ±300 ({@link org.cocrea.serialization.ReaderOptions#maxNumberExponent()}), else a {@code LIM-04} finding at
 * the number; so the schema, the binding, the rules (MIL-05's sum) and the exports never see an unbounded decimal.
 * Anything unexpected while checking one file is that file's {@code INT-01} finding, never the end of a run.
 *
 * <p><b>Two read paths, and whether the second one pays</b> (issue 15, B1). A document whose bytes are certainly
 * strict UTF-8 is parsed from the bytes ({@code LocatingParser.parseUtf8}), which gives up at the first thing that
 * would be a finding; then, and for every other document, the decoded characters are parsed
 * ({@code LocatingParser.parse}), which reports everything. The two must agree: two byte order marks (B1), a number
 * out of range and a lone surrogate are now handed to the character path, and the fuzz target
 * {@code ReaderFuzzTest#reader} compares the findings and exercises of both on every input (629,819 inputs in 151 s,
 * no difference). Measured on 2026-12-07 ({@code PalReader.create()} against {@code characterPathOnly}, mean of a
 * timed loop after three warm-ups, on a 2-core machine shared with four other builds, so ±50 % noise): the
 * examples (92–95 KB) 0.23×–1.23× (byte path time over character path time: 4.2 against 5.2 ms, 2.2 against
 * 2.3 ms, 5.3 against 4.7 ms, 6.8 against 1.6 ms); a 5.3 MB pretty-printed non-ASCII file 163 against 85 ms and
 * 305 against 183 ms (the byte path slower: columns are counted from byte offsets); a 4.1 MB minified ASCII file
 * 121 against 130 ms and 175 against 222 ms. Decision: the character path stays, as the one that reports every
 * finding; the byte path does not pay on non-ASCII text and pays little on ASCII, so it is kept only while a quiet
 * JMH measurement ({@code examples/benchmarks}) is pending; if that confirms these figures, remove it and keep one
 * path. Until then the fuzz target keeps the two in agreement.
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
