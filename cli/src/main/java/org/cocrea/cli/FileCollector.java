package org.cocrea.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths of a command line into the files to check: a file stands for itself (whatever its name), a
 * directory for every {@code *.json} file below it, in sorted order. Symbolic links to directories are not followed;
 * a directory that cannot be listed is kept as a file, so that the reader reports it. A file named twice is checked
 * once, at its first place.
 */
final class FileCollector {

  private FileCollector() {}

  /** The outcome: the files, and the paths given that do not exist or hold no {@code *.json} file. */
  record Collected(List<Path> files, List<String> missing, List<String> empty) {}

  static Collected collect(List<String> arguments) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
        missing.add(argument);
      } else if (Files.isDirectory(path)) {
        List<Path> found = jsonFilesBelow(path);
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
    return new Collected(List.copyOf(files), List.copyOf(missing), List.copyOf(empty));
  }

  private static List<Path> jsonFilesBelow(Path dir) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isDirectory() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(file);   // the reader turns it into an IO-01 finding
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(dir);
    }
    found.sort(FileCollector::compare);
    return found;
  }

  /** Sorted by path segments, so that {@code a/b.json} comes before {@code a-b.json} and {@code a/c/d.json}. */
  private static int compare(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }
}
