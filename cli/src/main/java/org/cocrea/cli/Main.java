package org.cocrea.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.PalSchema;
import picocli.CommandLine;

/**
 * The {@code cocrea} command: {@code validate}, {@code rules}, {@code schema}, {@code --help} and {@code --version}.
 * Messages are in Spanish unless {@code --lang en} is given; output is UTF-8.
 *
 * <pre>{@code
 * java -jar cocrea.jar validate --format html --output report.html examples/pal/
 * java -jar cocrea.jar rules --lang en --format json
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Main {

  private Main() {}

  /**
   * Runs cocrea and exits with its exit code: 0 when every file conforms, 1 when a file has an ERROR finding, 2 for a
   * usage error or a path that does not exist, 3 for an internal error (set the environment variable {@code
   * COCREA_DEBUG} to see its stack trace).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging: route it to SLF4J, whose no-op binding keeps stderr for cocrea.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs cocrea without exiting, writing to the given streams (UTF-8).
   *
   * <pre>{@code
   * int code = Main.run(new String[] {"validate", "plan.json"}, System.out, System.err);
   * }</pre>
   *
   * @param args the command line, must not be null
   * @param out standard output, must not be null
   * @param err standard error, must not be null
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Lang lang = Lang.of(args);
    try {
      Thread warmUp = warmUp(args);
      CommandLine cl = Cli.create(lang, out, err, args);
      join(warmUp);
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // A bug, or the JVM out of stack or memory: one line for the user and the internal-error exit code; the stack
      // trace only when COCREA_DEBUG is set.
      CliMessages messages = new CliMessages(lang);
      err.println(messages.get("error.prefix") + " " + messages.get("error.internal", "-", e));
      if (System.getenv("COCREA_DEBUG") != null) {
        e.printStackTrace(err);
      }
      err.flush();
      return Cli.INTERNAL;
    }
  }

  /**
   * For {@code validate}, starts the checker's one-time set-up (the JSON Schema of each version and its pre-check,
   * the model codec, the rule catalogue, Jackson) on a second thread while picocli builds the command line on this
   * one: on two cores that hides most of the shorter of the two from a short run's start. The thread is joined before
   * the command runs, so no class is ever initialised from two threads at once. Any failure is left for the real run
   * to meet and report.
   */
  private static Thread warmUp(String[] args) {
    if (!"validate".equals(command(args)) || Runtime.getRuntime().availableProcessors() < 2) {
      return null;
    }
    Thread t = new Thread(() -> {
      try {
        PalChecker.create();
        // the schema of each version a file may name: the checker parses one only when a file names it
        CocreaJson.SCHEMA_VERSIONS.forEach(PalSchema::forVersion);
      } catch (RuntimeException | Error e) {
        // the command itself will meet the same problem and report it
      }
    }, "cocrea-warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The sub-command named by the first argument that is not an option, or null. */
  private static String command(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }

  private static void join(Thread t) {
    if (t == null) {
      return;
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
