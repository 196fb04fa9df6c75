package org.cocrea.examples.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.serialization.CocreaJson;

/**
 * An exercise across the 2025 transparency reform (issue 13): {@link Veracruz2016} with every date ten years later,
 * so that its STL (installed 2025-04-17) outlives IVAI, extinguished on 2025-07-01, whose guarantor role passed to
 * the Contraloría General del Estado, which chairs the STL as government. Wholly illustrative in its dates: no public
 * record shows an STL of Veracruz after the reform. Checked, it shows the reform's findings: IVAI's seat running past
 * its extinction (EXE-06, warning), the guarantor role now with the Executive that sits as government (STL-12), and
 * INAI's evaluations dated after INAI's extinction (EXE-06, errors); the exercise is recorded as suspended.
 *
 * <pre>{@code
 * java -cp "$(cat examples/target/jshell.classpath):examples/target/classes" \
 *     org.cocrea.examples.data.Veracruz2026 examples/reform
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Veracruz2026 {

  /** The file name of the example. */
  public static final String FILE = "mx-ver-2026.json";

  private static final Pattern DAY = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");

  private Veracruz2026() {}

  /**
   * Writes the example into a directory ({@code examples/reform} when none is given).
   *
   * @param args the output directory
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/reform");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(FILE), render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(dir.resolve(FILE));
  }

  /**
   * The example's JSON text, as committed.
   *
   * @return the text, never null
   */
  public static String render() {
    return CocreaJson.write(exercise()) + "\n";
  }

  /**
   * The example: Veracruz 2016 ten years later, suspended.
   *
   * @return the exercise, never null
   */
  public static LocalExercise exercise() {
    LocalExercise shifted = shift(Veracruz2016.exercise(), 10);
    return LocalExercise.builder().from(shifted).id("mx-ver-2026").title("Veracruz 2026 (ilustrativo / illustrative)")
        .status(ExerciseStatus.SUSPENDED)
        .statusSince(PartialDate.parse("2025-07-01"))
        .statusReason("Extinción del organismo garante local: el IVAI se extinguió el 2025-07-01 y su función pasó a "
            + "la Contraloría General del Estado (ilustrativo) / Extinction of the local guarantor body: IVAI was "
            + "extinguished on 2025-07-01 and its role passed to the Contraloría General del Estado (illustrative)")
        .organizations(shifted.organizations().stream().map(Veracruz2026::acrossTheReform).toList())
        .description("Ejemplo ilustrativo: el ejercicio de Veracruz 2016 con todas sus fechas diez años después, "
            + "para mostrar un STL que cruza la reforma de transparencia de 2025 (el IVAI se extinguió el "
            + "2025-07-01 y su función pasó a la Contraloría General del Estado). Ningún registro público muestra "
            + "un STL de Veracruz después de la reforma; el estatus suspendido es ilustrativo. / Illustrative "
            + "example: Veracruz 2016 with every date ten years later, to show an STL that crosses the 2025 "
            + "transparency reform (IVAI was extinguished on 2025-07-01 and its role passed to the Contraloría "
            + "General del Estado). No public record shows an STL of Veracruz after the reform; the suspended "
            + "status is illustrative.")
        .build();
  }

  /**
   * An organisation as the 2025 reform left it (reform-2025.md: INAI extinct on 2025-03-21, its Executive-branch
   * functions passed to Transparencia para el Pueblo; IVAI extinct on 2025-07-01, its role passed to the Contraloría
   * General del Estado); any other organisation unchanged.
   */
  private static Organization acrossTheReform(Organization o) {
    switch (o.id()) {
      case "org-inai":
        return Organization.builder().from(o).extinguishedOn(PartialDate.parse("2025-03-21"))
            .addSuccessorNames("Transparencia para el Pueblo (Secretaría Anticorrupción y Buen Gobierno)").build();
      case "org-ivai":
        return Organization.builder().from(o).extinguishedOn(PartialDate.parse("2025-07-01"))
            .addSuccessorIds("org-ver-contraloria").build();
      default:
        return o;
    }
  }

  /**
   * An exercise with every day of its JSON form moved a number of years later (29 February becomes 28 February in
   * a year that is not leap).
   *
   * @param exercise the exercise, must not be null
   * @param years how many years later
   * @return the shifted exercise, never null
   */
  public static LocalExercise shift(LocalExercise exercise, int years) {
    Objects.requireNonNull(exercise, "exercise");
    Matcher m = DAY.matcher(CocreaJson.write(exercise));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "\"" + LocalDate.parse(m.group(1)).plusYears(years) + "\"");
    }
    m.appendTail(sb);
    return CocreaJson.read(sb.toString());
  }
}
