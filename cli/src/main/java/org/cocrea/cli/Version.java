package org.cocrea.cli;

import org.cocrea.serialization.CocreaJson;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of cocrea, as {@code --version} prints it ({@link CocreaJson#TOOL_VERSION}, its one definition). Picocli
 * makes one of these for every command it builds, also when nobody asks for the version: nothing here touches {@link
 * CocreaJson} before {@link #getVersion()} or {@link #version()} is called, so that building the command line never
 * waits for the warm-up thread's initialisation of the JSON codec (see {@link Main}).
 */
final class Version implements IVersionProvider {

  /**
   * The version, such as {@code 0.1.0}.
   *
   * @return the version of this build
   */
  static String version() {
    return CocreaJson.TOOL_VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "cocrea " + version(),
        "PAL schema " + String.join(", ", CocreaJson.SCHEMA_VERSIONS) + " · Java " + Runtime.version()
    };
  }
}
