package org.cocrea.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.analysis.Analyses;
import org.cocrea.core.analysis.StlComposition;
import org.cocrea.core.analysis.Tally;
import org.cocrea.examples.corpus.Corpus;
import org.cocrea.examples.corpus.CorpusSize;
import org.cocrea.examples.data.ExampleExercises;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statistics' seat counts ({@code cocrea stats}: {@link Analyses#stlComposition}) equal what STL-01 and STL-03
 * count ({@code cocrea validate}) on the five examples and on generated exercises, valid and defective: the three
 * sectors STL-01 finds missing, and the civil-society and government titular seats STL-03 compares.
 */
class SeatCountAgreementTest {

  private static final ValidatorOptions OPTIONS = ValidatorOptions.defaults();
  private static final CocreaValidator VALIDATOR = CocreaValidator.create(OPTIONS);

  static Stream<LocalExercise> exercises() {
    List<LocalExercise> all = new ArrayList<>(ExampleExercises.all());
    for (long seed = 1; seed <= 30; seed++) {
      all.add(Corpus.exercise(seed, CorpusSize.S, seed % 2 == 0 ? Corpus.Kind.VALID : Corpus.Kind.INVALID));
    }
    for (long seed = 31; seed <= 34; seed++) {
      all.add(Corpus.exercise(seed, CorpusSize.M, Corpus.Kind.INVALID));
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("exercises")
  void theStatisticsCountTheSeatsStl01AndStl03Count(LocalExercise x) {
    ValidationReport report = VALIDATOR.validate(x);
    for (int i = 0; i < x.stls().size(); i++) {
      LocalTechnicalSecretariat stl = x.stls().get(i);
      Tally<Sector> titular = Analyses.stlComposition(x, stl).titularSeats();
      long cso = titular.count(Sector.CIVIL_SOCIETY);
      long gov = OPTIONS.governmentSeatSectors().stream().mapToLong(titular::count).sum();
      long guarantor = titular.count(Sector.GUARANTOR_BODY);
      String p = "/stls/" + i;

      boolean stl01Fails = report.findings("STL-01").stream()
          .anyMatch(f -> f.pointer().equals(p) || f.pointer().equals(p + "/memberships"));
      assertThat(stl01Fails).as("%s %s: STL-01 fails iff the statistics lack a sector (cso=%d gov=%d guarantor=%d)",
          x.id(), stl.id(), cso, gov, guarantor).isEqualTo(cso == 0 || gov == 0 || guarantor == 0);

      Optional<Finding> stl03 = report.findings("STL-03").stream()
          .filter(f -> f.pointer().equals(p + "/memberships")).findFirst();
      if (stl03.isPresent()) {
        assertThat(stl03.get().arguments().subList(1, 3)).as("%s %s: STL-03's counts", x.id(), stl.id())
            .containsExactly(String.valueOf(cso), String.valueOf(gov));
      } else {
        assertThat(cso).as("%s %s: STL-03 passes or does not apply", x.id(), stl.id()).isGreaterThanOrEqualTo(gov);
      }
    }
    StlComposition current = Analyses.stlComposition(x).orElse(null);
    if (current != null) {
      assertThat(x.stls().stream().map(LocalTechnicalSecretariat::id)).contains(current.stlId());
    }
  }
}
