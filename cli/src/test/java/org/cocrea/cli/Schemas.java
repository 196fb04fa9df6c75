package org.cocrea.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The schemas the reports are checked against, loaded from the classpath (never from the network). */
final class Schemas {

  private static final Schema REPORT = load(SpecificationVersion.DRAFT_2020_12,
      "/org/cocrea/report/cocrea-report.schema.json");
  private static final Schema SARIF = load(SpecificationVersion.DRAFT_7, "/sarif/sarif-schema-2.1.0.json");

  private Schemas() {}

  /** Problems of a JSON report against cocrea-report.schema.json. */
  static List<Error> report(String json) {
    return REPORT.validate(json, InputFormat.JSON);
  }

  /** Problems of a SARIF log against the SARIF 2.1.0 schema. */
  static List<Error> sarif(String json) {
    return SARIF.validate(json, InputFormat.JSON);
  }

  private static Schema load(SpecificationVersion version, String resource) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(version, b -> b.schemaRegistryConfig(config));
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
