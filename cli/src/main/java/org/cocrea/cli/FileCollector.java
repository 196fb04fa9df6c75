package org.cocrea.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.research.Corpus;

/**
 * Expands the paths of a command line into the files to check: a file stands for itself (whatever its name), a
 * directory for every {@code *.json} file below it, in sorted order. Symbolic links to directories are not followed;
 * a directory that cannot be listed is kept as a file, so that the reader reports it. A file named twice is checked
 * once, at its first place. Which files below a folder are read is decided in one place, {@link Corpus#files(Path)};
 * a file that is not a regular file (a FIFO, a device, a socket) is listed so that the reader reports it without
 * opening it.
 */
final class FileCollector {

  private FileCollector() {}

  /** The outcome: the files, and the paths given that do not exist or hold no {@code *.json} file. */
  record Collected(List<Path> files, List<String> missing, List<String> empty, List<String> unrepresentable) {}

  static Collected collect(List<String> arguments) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> unrepresentable = new ArrayList<>();
    for (String argument : arguments) {
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        // a name the JVM's file-name encoding cannot hold (non-ASCII under LC_ALL=C): issue 15, L1
        unrepresentable.add(argument);
        continue;
      }
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
        missing.add(argument);
      } else if (Files.isDirectory(path)) {
        List<Path> found = Corpus.files(path);
        if (found.isEmpty()) {
          empty.add(argument);
        }
        for (Path f : found) {
          if (seen.add(f.toAbsolutePath().normalize())) {
            files.add(f);
          }
        }
      } else if (seen.add(path.toAbsolutePath().normalize())) {
        files.add(path);
      }
    }
    return new Collected(List.copyOf(files), List.copyOf(missing), List.copyOf(empty), List.copyOf(unrepresentable));
  }
}
