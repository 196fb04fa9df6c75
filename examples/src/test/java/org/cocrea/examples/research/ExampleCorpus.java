package org.cocrea.examples.research;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.cocrea.serialization.CocreaJson;

/**
 * The committed example files, read with the trusted JSON reader, and the figures a researcher would count by hand
 * from them, written here independently of {@code org.cocrea.core.analysis}: plain loops over the model.
 */
final class ExampleCorpus {

  /** The as-of date of the research session and of these tests. */
  static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

  private ExampleCorpus() {}

  /** The folder of the example files, from the examples module. */
  static Path folder() {
    return Path.of("pal").toAbsolutePath();
  }

  /** The example exercises in file-name order. */
  static List<LocalExercise> exercises() throws Exception {
    List<LocalExercise> list = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        list.add(CocreaJson.read(Files.readString(f)));
      }
    }
    return list;
  }

  /** Titular seats by sector of each exercise's first STL: not facilitator or observer, not an alternate. */
  static Map<Sector, Long> seats(List<LocalExercise> exercises) {
    Map<Sector, Long> seats = new TreeMap<>();
    for (LocalExercise e : exercises) {
      e.stls().get(0).memberships().stream()
          .filter(m -> m.role().map(r -> !r.name().equals("FACILITATOR") && !r.name().equals("OBSERVER"))
              .orElse(true))
          .filter(m -> m.titular().orElse(true) && m.alternateOfId().isEmpty())
          .forEach(m -> seats.merge(m.seatSector().or(() -> m.organizationId().flatMap(id -> e.organizations()
              .stream().filter(o -> o.id().equals(id)).findFirst().flatMap(Organization::sector))).orElseThrow(),
              1L, Long::sum));
    }
    return seats;
  }

  /** Commitments of every plan. */
  static List<Commitment> commitments(List<LocalExercise> exercises) {
    return exercises.stream().flatMap(e -> e.plans().stream()).flatMap(p -> p.commitments().stream()).toList();
  }

  /** Distinct organisations of some sectors, by state and name without accents or case. */
  static int distinctOrganizations(List<LocalExercise> exercises, Set<Sector> sectors) {
    Set<String> keys = new HashSet<>();
    for (LocalExercise e : exercises) {
      String state = e.jurisdiction().flatMap(j -> j.name()).orElse(e.id());
      for (Organization o : e.organizations()) {
        if (o.sector().isPresent() && sectors.contains(o.sector().get())) {
          keys.add(plain(state) + "/" + plain(o.name().orElse(o.id())));
        }
      }
    }
    return keys.size();
  }

  /** The latest completion rating of a commitment, by assessment date (else evaluation date). */
  static Optional<String> latestCompletion(LocalExercise e, String commitmentId) {
    List<Object[]> dated = new ArrayList<>();
    for (LocalActionPlan p : e.plans()) {
      for (Evaluation ev : p.evaluations()) {
        for (CommitmentAssessment a : ev.commitmentAssessments()) {
          if (a.commitmentId().orElse("").equals(commitmentId) && a.completion().isPresent()) {
            dated.add(new Object[] {a.date().or(ev::date).map(org.cocrea.core.PartialDate::earliest).orElse(LocalDate.MIN), a.completion().get().name()});
          }
        }
      }
    }
    return dated.stream().max(Comparator.comparing(x -> (LocalDate) x[0])).map(x -> (String) x[1]);
  }

  /** The rows of an exported CSV table, read back with Jackson CSV as a researcher's script would. */
  static List<Map<String, String>> csv(Path file) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    try (tools.jackson.databind.MappingIterator<Map<String, String>> it = tools.jackson.dataformat.csv.CsvMapper
        .builder().build().readerFor(Map.class).with(tools.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .readValues(file.toFile())) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  /** The header of an exported CSV table. */
  static List<String> header(Path file) throws Exception {
    return List.of(Files.readAllLines(file).get(0).split(",", -1));
  }

  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ").trim();
  }
}
