package org.cocrea.testkit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.cocrea.core.DecisionRule;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.Organization;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Person;
import org.cocrea.core.PublicCall;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.StlMembership;
import org.cocrea.testkit.RandomExercises.Size;
import org.cocrea.testkit.WordLists.State;
import org.cocrea.testkit.WordLists.Theme;

/**
 * The mutable state of one generation of {@link RandomExercises} and the helpers every part of it draws with: the
 * seeded random streams (one for the exercise, one for planted defects), the place, the registry of organisations
 * and people, the STL's seats and sessions, the repository's documents and the key dates. Each entity's part
 * extends the one before it ({@link OrganisationGenerator}, {@link SecretariatGenerator}, {@link
 * AdhesionGenerator}, {@link TrackingGenerator}, {@link PlanGenerator}, {@link Generator}), so that every part
 * reads and writes the one state and the order of the random draws is the order of the calls, as when the
 * generator was one class. Never escapes a generation.
 */
class Generation {
  final long seed;
  final Size size;
  final double rate;
  final SplittableRandom rnd;
  final SplittableRandom bad;

  State state;
  JurisdictionLevel level;
  String place;
  String code;
  String web;
  final List<Theme> themes = new ArrayList<>();

  final Map<String, Organization> orgs = new LinkedHashMap<>();
  final List<Person> people = new ArrayList<>();
  final Map<String, Integer> counters = new HashMap<>();
  final Set<String> orgNames = new HashSet<>();
  final List<String> government = new ArrayList<>();
  final List<String> civilSociety = new ArrayList<>();
  final List<String> academia = new ArrayList<>();
  final List<String> international = new ArrayList<>();
  final List<String> otherOrgs = new ArrayList<>();
  final Map<Theme, String> offices = new HashMap<>();
  String head;
  String guarantor;
  String inai;

  final List<PublicCall> calls = new ArrayList<>();
  final List<StlMembership> memberships = new ArrayList<>();
  final Set<String> memberOrgs = new HashSet<>();
  final TreeMap<LocalDate, SessionDraft> sessions = new TreeMap<>();
  final List<RepositoryDocument> documents = new ArrayList<>();

  LocalDate declared;
  LocalDate installed;
  LocalDate asOf;
  DecisionRule decisionRule;
  int noticeDays;
  boolean inaiObserves;

  Generation(long seed, Size size, double rate) {
    this.seed = seed;
    this.size = size;
    this.rate = rate;
    this.rnd = new SplittableRandom(seed);
    this.bad = new SplittableRandom(seed ^ 0x5DEECE66DL);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  /** A planted defect: its own random stream, so that a rate of 0 changes only what it must. */
  boolean defect(double p) {
    return bad.nextDouble() < p * rate;
  }

  int between(int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  <T> T pick(T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  <T> T pick(List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  LocalDate dateBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(rnd.nextLong(days + 1));
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  String next(String prefix) {
    int n = counters.merge(prefix, 1, Integer::sum);
    return prefix + n;
  }

  static <T> Optional<T> when(boolean present, T value) {
    return present ? Optional.of(value) : Optional.empty();
  }

  static String ascii(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** Spanish contractions: "de el" is "del", "a el" is "al". */
  static String es(String text) {
    return text.replace(" de el ", " del ").replace(" a el ", " al ").replace("de el ", "del ");
  }

  String url(String path) {
    return web + "/" + path;
  }

  <E extends Enum<E>> Set<E> someOf(Class<E> type, int min, int max) {
    E[] all = type.getEnumConstants();
    int n = between(min, Math.min(max, all.length));
    EnumSet<E> set = EnumSet.noneOf(type);
    while (set.size() < n) {
      set.add(all[rnd.nextInt(all.length)]);
    }
    return set;
  }

  /** The day of a date this generator wrote (it writes days; a month or year stands for its first day). */
  static Optional<LocalDate> day(Optional<PartialDate> date) {
    return date.map(PartialDate::earliest);
  }

  RepositoryDocument document(DocumentKind kind, String title, String path, LocalDate published) {
    return RepositoryDocument.builder().kind(kind).title(title).url(url(path)).publishedOn(min(published, asOf))
        .build();
  }
}
