package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.core.LocalExercise;
import org.junit.jupiter.api.Test;

/** One validator shared by many threads gives the same reports as one thread. */
class ValidatorConcurrencyTest {

  private static final int THREADS = 6;
  private static final int EXERCISES = 24;

  /** What a report says, comparable with equals. */
  record Outcome(List<Finding> findings, List<RuleResult> results) {
    static Outcome of(ValidationReport report) {
      return new Outcome(report.findings(), report.results());
    }
  }

  @Test
  void oneValidatorManyThreadsSameReports() throws Exception {
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH)
        .profile(Profile.OGP_LOCAL).asOf(LocalDate.of(2017, 1, 1)).build());
    List<LocalExercise> exercises = new ArrayList<>();
    for (long seed = 0; seed < EXERCISES; seed++) {
      exercises.add(ArbitraryExercises.generate(seed));
    }
    List<Outcome> sequential = exercises.stream().map(x -> Outcome.of(validator.validate(x))).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<Outcome>> task = () -> {
          start.await();
          List<Outcome> mine = new ArrayList<>();
          for (int i = 0; i < EXERCISES; i++) {
            // each thread walks the exercises from a different place, so threads meet on different exercises
            mine.add(Outcome.of(validator.validate(exercises.get((i + offset * 5) % EXERCISES))));
          }
          return mine;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<Outcome> mine = futures.get(t).get();
        for (int i = 0; i < EXERCISES; i++) {
          assertThat(mine.get(i)).isEqualTo(sequential.get((i + t * 5) % EXERCISES));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void validatorsCreatedConcurrentlyShareOneFieldCheckerPerLanguage() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<FieldConstraints>> futures = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        Locale locale = t % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
        futures.add(pool.submit(() -> FieldConstraints.create(locale)));
      }
      for (int t = 0; t < futures.size(); t++) {
        assertThat(futures.get(t).get()).isSameAs(futures.get(t % 2).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
