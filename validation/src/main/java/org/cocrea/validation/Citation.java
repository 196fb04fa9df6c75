package org.cocrea.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.i18n.Texts;

/**
 * A rule's source as a person reads it (real-records.md §6): each work the catalogue cites as author (year), title,
 * with the section or passage the catalogue names, instead of the internal keys ({@code [S:KIT5 Medible]}); a
 * criterion the specification proposes ({@code [P]}) is said to be Cocrea's, and a threshold of it to be
 * configurable. The keys stay in {@link Rule#source()} and in {@code docs/rules.md}.
 *
 * <pre>{@code
 * Rule rule = Rules.byId("STL-03").orElseThrow();
 * Citation.of(rule, Locale.ENGLISH);
 * // "threshold proposed by Cocrea, configurable; Apertus / Agentes Locales de Cambio (2017-2018), ..."
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Citation {

  private static final Pattern SOURCE = Pattern.compile("\\[S:([A-Z]+(?:-[A-Z]+)*)([0-9]*)([^\\]]*)\\]");
  private static final Pattern PROPOSAL = Pattern.compile("\\[P(?:[ \\]])");
  private static final String BUNDLE = "org.cocrea.validation.sources.sources";

  private Citation() {}

  /**
   * The citation of a catalogue or engine rule, in a language.
   *
   * @param rule the rule, must not be null
   * @param locale the language: English for {@code en}, Spanish (es-MX) otherwise, must not be null
   * @return the citation, never null; empty for a rule that cites nothing
   */
  public static String of(Rule rule, Locale locale) {
    Objects.requireNonNull(rule, "rule");
    return of(rule.source(), !rule.thresholds().isEmpty(), locale);
  }

  /**
   * The citation of a source written with the catalogue's tags.
   *
   * <pre>{@code
   * Citation.of("[S:KIT5 Medible][S:OGP-GL verifiability]", false, Locale.forLanguageTag("es-MX"));
   * // "PNUD México, ... (2018), «Caja de herramientas para el Gobierno Abierto», Kit 5: Medible; ..."
   * }</pre>
   *
   * @param source the source, with tags such as {@code [S:KIT5 Medible]} and {@code [P]}, must not be null
   * @param hasThresholds whether the rule has thresholds: a proposal is then called a configurable threshold
   * @param locale the language, must not be null
   * @return the citation, never null; a source without tags is returned without them
   */
  public static String of(String source, boolean hasThresholds, Locale locale) {
    Objects.requireNonNull(source, "source");
    Texts texts = Texts.of(l -> ResourceBundle.getBundle(BUNDLE, l), Objects.requireNonNull(locale, "locale"));
    List<String> parts = new ArrayList<>();
    if (PROPOSAL.matcher(source + " ").find()) {
      parts.add(texts.get(hasThresholds ? "threshold" : "proposal"));
    }
    Map<String, List<String>> works = new LinkedHashMap<>();
    Matcher m = SOURCE.matcher(source);
    while (m.find()) {
      String work = m.group(1) + m.group(2);
      List<String> details = works.computeIfAbsent(work, k -> new ArrayList<>());
      String detail = m.group(3).strip();
      if (!detail.isEmpty() && !details.contains(detail)) {
        details.add(detail);
      }
    }
    works.forEach((work, details) -> parts.add(work(texts, work) + (details.isEmpty() ? ""
        : ": " + String.join(", ", details))));
    if (source.contains("[U]")) {
      parts.add(texts.get("unverified"));
    }
    if (works.isEmpty()) {
      String rest = source.replaceAll("\\[[PU][^\\]]*\\]", "").replaceAll("^[\\s;:,]+|[\\s;:,]+$", "");
      if (!rest.isEmpty()) {
        parts.add(rest);
      }
    }
    return String.join(texts.get("separator"), parts);
  }

  /** The reference of one cited work; a key the sources table does not know is given as it is. */
  private static String work(Texts texts, String key) {
    if (key.startsWith("KIT") && key.length() > 3) {
      return texts.get("KIT", key.substring(3));
    }
    return texts.pattern(key).isPresent() ? texts.get(key) : key;
  }
}
