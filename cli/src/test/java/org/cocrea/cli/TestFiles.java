package org.cocrea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies test resources into a folder, so that the jar sees them under short relative paths. */
final class TestFiles {

  private TestFiles() {}

  static Path copy(String resource, Path dir, String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Path target = dir.resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
