package org.cocrea.serialization;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The reader's access to the shipped JSON Schema: the property order of each type and the problems of a document.
 * TEMPORARY until PalSchema exists: no schema, no order.
 */
final class SchemaAccess {

  /** A schema problem as a finding (not yet located) and, for {@code required} and similar, the member named. */
  record Problem(org.cocrea.validation.Finding finding, String property) {}

  private SchemaAccess() {}

  static Map<String, List<String>> propertyOrder() {
    return Map.of();
  }

  static List<Problem> validate(JsonNode document, Locale locale) {
    return List.of();
  }
}
