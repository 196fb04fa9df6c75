package org.cocrea.examples.springboot;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The checker's settings from {@code application.properties}, under {@code cocrea.}:
 *
 * <pre>{@code
 * cocrea.profile=OGP_LOCAL
 * cocrea.lang=en
 * cocrea.as-of=2016-12-31                      # absent: today in Mexico City, at each check
 * cocrea.thresholds.[STL-06.maxGapDays]=200    # brackets keep the dot inside the key
 * }</pre>
 *
 * @param profile the rule profile, BY_FRAMEWORK when absent
 * @param lang the language of every message, {@code es} (es-MX) when absent
 * @param asOf a fixed as-of date, or null for today's
 * @param thresholds threshold overrides keyed {@code "<rule id>.<threshold>"}
 */
@ConfigurationProperties("cocrea")
public record CocreaProperties(Profile profile, String lang, LocalDate asOf, Map<String, Double> thresholds) {

  /**
   * The validator options these settings give; an unknown threshold fails the service's start.
   *
   * @return the options, never null
   */
  public ValidatorOptions validatorOptions() {
    ValidatorOptions.Builder b = ValidatorOptions.builder()
        .profile(profile != null ? profile : Profile.BY_FRAMEWORK)
        .locale(Locale.forLanguageTag("en".equals(lang) ? "en" : "es-MX"));
    if (asOf != null) {
      b.asOf(asOf);
    }
    if (thresholds != null) {
      thresholds.forEach(b::threshold);
    }
    return b.build();
  }
}
