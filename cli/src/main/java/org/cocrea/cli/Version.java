package org.cocrea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of cocrea, from the POM (filtered into {@code version.properties}). */
final class Version implements IVersionProvider {

  /** The version, such as {@code 0.1.0}. */
  static final String VERSION = load();

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    return v.isBlank() || v.startsWith("${") ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "cocrea " + VERSION,
        "PAL schema " + org.cocrea.serialization.CocreaJson.SCHEMA_VERSION + " · Java " + Runtime.version()
    };
  }
}
