package org.cocrea.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built cocrea.jar as a process, as a user would: {@code java -Xmx256m -jar cocrea.jar ...}. */
record JarProcess(int code, String out, String err, Duration took) {

  /** The jar under test, built by the package phase (failsafe passes its path). */
  static Path jar() {
    String jar = System.getProperty("cocrea.jar");
    if (jar == null) {
      throw new IllegalStateException("run with maven-failsafe (mvn verify): system property cocrea.jar not set");
    }
    return Path.of(jar);
  }

  /** The module's build folder, where tests leave their artefacts (screenshots, sample reports). */
  static Path target() {
    return Path.of(System.getProperty("cocrea.target", "target"));
  }

  static JarProcess run(Path workDir, String... args) {
    return run(workDir, Duration.ofSeconds(60), args);
  }

  static JarProcess run(Path workDir, Duration timeout, String... args) {
    try {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // 256 MB heap as the issue asks; C1 only and the serial collector start the JVM twice as fast, which
          // keeps the dozens of short runs of these tests quick on a shared two-core machine.
          "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=de", "-Duser.country=DE",
          "-jar", jar().toAbsolutePath().toString()));
      command.addAll(List.of(args));
      Path out = Files.createTempFile("cocrea-out", ".txt");
      Path err = Files.createTempFile("cocrea-err", ".txt");
      ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().remove("COCREA_DEBUG");
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("cocrea " + String.join(" ", args) + " took longer than " + timeout);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      JarProcess result = new JarProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), took);
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
