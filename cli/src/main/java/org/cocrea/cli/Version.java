package org.cocrea.cli;

import org.cocrea.serialization.CocreaJson;
import picocli.CommandLine.IVersionProvider;

/** The version of cocrea, as {@code --version} prints it ({@link CocreaJson#TOOL_VERSION}, its one definition). */
final class Version implements IVersionProvider {

  /** The version, such as {@code 0.1.0}. */
  static final String VERSION = CocreaJson.TOOL_VERSION;

  @Override
  public String[] getVersion() {
    return new String[] {
        "cocrea " + VERSION,
        "PAL schema " + CocreaJson.SCHEMA_VERSION + " · Java " + Runtime.version()
    };
  }
}
