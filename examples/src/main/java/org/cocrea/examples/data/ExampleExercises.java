package org.cocrea.examples.data;

import java.util.List;
import org.cocrea.core.LocalExercise;

/**
 * The five example exercises built from public data on the first wave of INAI's "Gobierno Abierto: Cocreación desde
 * lo Local" (declarations of 9 March 2015): Durango 2015-2016, Morelos 2015, Veracruz 2016, Oaxaca 2016 and Coahuila
 * 2016. Each exercise's {@code description} says, in Spanish and English, which parts come from the sources and which
 * are illustrative.
 *
 * <pre>{@code
 * for (LocalExercise e : ExampleExercises.all()) {
 *   System.out.println(e.id() + ": " + e.plans().get(0).commitments().size() + " commitments");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExampleExercises {

  private ExampleExercises() {}

  /**
   * The five examples, in the order Durango, Morelos, Veracruz, Oaxaca, Coahuila.
   *
   * @return the exercises, never null, unmodifiable; equal on every call
   */
  public static List<LocalExercise> all() {
    return List.of(Durango2015.exercise(), Morelos2015.exercise(), Veracruz2016.exercise(), Oaxaca2016.exercise(),
        Coahuila2016.exercise());
  }
}
