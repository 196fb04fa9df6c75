package org.cocrea.serialization;

import java.util.Comparator;
import java.util.Objects;

/**
 * One violation of the PAL JSON Schema found in a document: where it is, which schema keyword failed, and a message in
 * the requested language.
 *
 * <pre>{@code
 * for (SchemaProblem p : PalSchema.get().validate(tree, Locale.ENGLISH)) {
 *   System.out.println(p.pointer() + " " + p.keyword() + " " + p.message());
 * }
 * }</pre>
 *
 * @param pointer RFC 6901 JSON Pointer of the offending value in the document ({@code ""} for the root); for
 *     {@code required} and {@code additionalProperties} it is the object that lacks or has the member, never null
 * @param keyword the JSON Schema keyword that failed, such as {@code type}, {@code pattern}, {@code required},
 *     {@code additionalProperties}, {@code enum}, {@code format} or {@code minimum}, never null
 * @param property the member concerned for {@code required} (the missing member), {@code additionalProperties} (the
 *     unknown member) and {@code propertyNames} (the offending key); {@code ""} for other keywords, never null
 * @param message the validator's message in the requested language, never null
 * @since 0.1.0
 */
public record SchemaProblem(String pointer, String keyword, String property, String message) {

  /** Problems in a deterministic order: pointer, keyword, property, then message. */
  public static final Comparator<SchemaProblem> ORDER = Comparator.comparing(SchemaProblem::pointer)
      .thenComparing(SchemaProblem::keyword)
      .thenComparing(SchemaProblem::property)
      .thenComparing(SchemaProblem::message);

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public SchemaProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The pointer of the member the problem is about: the pointer extended by the property for {@code required} and
   * {@code additionalProperties}, else the pointer itself. Useful to name a missing or unknown member in a report.
   *
   * @return an RFC 6901 JSON Pointer, never null
   */
  public String memberPointer() {
    if (property.isEmpty()) {
      return pointer;
    }
    return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
  }
}
