package org.cocrea.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A frequency table: how many observations fall under each key (seats per sector, commitments per component), plus
 * how many observations recorded no key at all ({@link #missing()}). Immutable. A tally over an enum lists every
 * constant in declaration order, zeros included, so that tables and charts keep the same rows from one corpus to the
 * next; a tally over other keys lists them in the order given when it was built.
 *
 * <p>When an observation can carry several keys (a commitment with three components), the counts add up to more than
 * the observations: {@link #total()} is the sum of the counts, {@link #observations()} the number of observations.
 *
 * <pre>{@code
 * Tally<Sector> seats = Analyses.stlSeatsBySector(corpus.exercises());
 * seats.count(Sector.CIVIL_SOCIETY);        // 31
 * seats.share(Sector.CIVIL_SOCIETY);        // 31/80 (38.8 %)
 * seats.byCount();                          // entries, largest first
 * }</pre>
 *
 * @param <K> the type of the keys
 * @since 0.1.0
 */
public final class Tally<K> {

  private final Map<K, Long> counts;
  private final long missing;
  private final long observations;
  private final Comparator<? super K> order;

  private Tally(Map<K, Long> counts, long missing, long observations, Comparator<? super K> order) {
    this.counts = Collections.unmodifiableMap(counts);
    this.missing = missing;
    this.observations = observations;
    this.order = order;
  }

  /**
   * A builder of a tally over an enum: every constant is a key from the start, in declaration order.
   *
   * @param type the enum, must not be null
   * @param <E> the enum type
   * @return a builder, never null
   */
  public static <E extends Enum<E>> Builder<E> of(Class<E> type) {
    Objects.requireNonNull(type, "type");
    Builder<E> b = new Builder<>(Comparator.naturalOrder());
    for (E e : EnumSet.allOf(type)) {
      b.counts.put(e, 0L);
    }
    return b;
  }

  /**
   * A builder of a tally whose keys are sorted by an order when the tally is built.
   *
   * @param order the order of the keys, must not be null
   * @param <K> the key type
   * @return a builder, never null
   */
  public static <K> Builder<K> sorted(Comparator<? super K> order) {
    return new Builder<>(Objects.requireNonNull(order, "order"));
  }

  /**
   * The count of a key.
   *
   * @param key the key, must not be null
   * @return the count, zero for a key never seen
   */
  public long count(K key) {
    Objects.requireNonNull(key, "key");
    return counts.getOrDefault(key, 0L);
  }

  /**
   * The keys in the tally's order (every constant for an enum tally).
   *
   * @return the keys, never null
   */
  public Set<K> keys() {
    return counts.keySet();
  }

  /**
   * The counts by key, in the tally's order.
   *
   * @return an unmodifiable map, never null
   */
  public Map<K, Long> asMap() {
    return counts;
  }

  /**
   * The sum of the counts.
   *
   * @return the total, zero or more
   */
  public long total() {
    long t = 0;
    for (long c : counts.values()) {
      t += c;
    }
    return t;
  }

  /**
   * How many observations were tallied: those with one or more keys plus those with none ({@link #missing()}).
   *
   * @return the number of observations
   */
  public long observations() {
    return observations;
  }

  /**
   * How many observations recorded no key (a seat without a sector, a commitment without any component).
   *
   * @return the count of observations without a key
   */
  public long missing() {
    return missing;
  }

  /**
   * The share of a key among the counts: {@code count(key) / total()}.
   *
   * @param key the key, must not be null
   * @return the rate, undefined when the tally is empty
   */
  public Rate share(K key) {
    return new Rate(count(key), total());
  }

  /**
   * The share of observations that carry a key: {@code count(key) / observations()}; for multi-key observations this
   * is the fraction of commitments (say) that name the key.
   *
   * @param key the key, must not be null
   * @return the rate, undefined when nothing was observed
   */
  public Rate shareOfObservations(K key) {
    return new Rate(Math.min(count(key), observations), observations);
  }

  /**
   * The keys with a count above zero, largest count first (ties in the tally's order).
   *
   * @return the entries, never null
   */
  public List<Map.Entry<K, Long>> byCount() {
    List<Map.Entry<K, Long>> entries = new ArrayList<>();
    for (Map.Entry<K, Long> e : counts.entrySet()) {
      if (e.getValue() > 0) {
        entries.add(Map.entry(e.getKey(), e.getValue()));
      }
    }
    entries.sort(Comparator.comparing(Map.Entry<K, Long>::getValue).reversed());
    return entries;
  }

  /**
   * The most frequent key.
   *
   * @return the key with the largest count (the first in the tally's order on ties), or empty when all counts are zero
   */
  public Optional<K> mode() {
    List<Map.Entry<K, Long>> ranked = byCount();
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).getKey());
  }

  /**
   * This tally plus another of the same keys: counts, missing and observations added.
   *
   * @param other the other tally, must not be null
   * @return the sum, never null
   */
  public Tally<K> plus(Tally<K> other) {
    Objects.requireNonNull(other, "other");
    Builder<K> b = toBuilder();
    b.addAll(other);
    return b.build();
  }

  /**
   * A builder holding this tally's counts, to add more.
   *
   * @return a builder, never null
   */
  public Builder<K> toBuilder() {
    Builder<K> b = new Builder<>(order);
    b.counts.putAll(counts);
    b.missing = missing;
    b.observations = observations;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally<?> t && counts.equals(t.counts) && missing == t.missing
        && observations == t.observations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(counts, missing, observations);
  }

  /**
   * The counts as {@code {KEY=n, …}}, followed by {@code missing=n} when some observations had no key.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return counts + (missing > 0 ? " missing=" + missing : "");
  }

  /**
   * Builds a {@link Tally}. Not thread-safe.
   *
   * @param <K> the key type
   */
  public static final class Builder<K> {
    private final Map<K, Long> counts = new LinkedHashMap<>();
    private final Comparator<? super K> order;
    private long missing;
    private long observations;

    private Builder(Comparator<? super K> order) {
      this.order = order;
    }

    /**
     * Tallies one observation with one key.
     *
     * @param key the key, must not be null
     * @return this builder
     */
    public Builder<K> add(K key) {
      Objects.requireNonNull(key, "key");
      counts.merge(key, 1L, Long::sum);
      observations++;
      return this;
    }

    /**
     * Tallies one observation with one key, or an observation without a key when the key is empty.
     *
     * @param key the key, must not be null
     * @return this builder
     */
    public Builder<K> add(Optional<? extends K> key) {
      Objects.requireNonNull(key, "key");
      if (key.isPresent()) {
        return add(key.get());
      }
      return addMissing();
    }

    /**
     * Tallies one observation that carries several keys (each counted once), or none.
     *
     * @param keys the keys of the observation, must not be null; empty for an observation without a key
     * @return this builder
     */
    public Builder<K> addEach(Iterable<? extends K> keys) {
      Objects.requireNonNull(keys, "keys");
      boolean any = false;
      for (K key : new java.util.LinkedHashSet<K>(toList(keys))) {
        counts.merge(Objects.requireNonNull(key, "key"), 1L, Long::sum);
        any = true;
      }
      if (!any) {
        missing++;
      }
      observations++;
      return this;
    }

    /**
     * Tallies one observation that recorded no key.
     *
     * @return this builder
     */
    public Builder<K> addMissing() {
      missing++;
      observations++;
      return this;
    }

    /**
     * Adds another tally's counts, missing and observations.
     *
     * @param other the tally, must not be null
     * @return this builder
     */
    public Builder<K> addAll(Tally<? extends K> other) {
      Objects.requireNonNull(other, "other");
      other.counts.forEach((k, n) -> counts.merge(k, n, Long::sum));
      missing += other.missing;
      observations += other.observations;
      return this;
    }

    /**
     * Builds the tally; keys are put in order.
     *
     * @return the tally, never null
     */
    public Tally<K> build() {
      TreeMap<K, Long> tree = new TreeMap<>(order);
      tree.putAll(counts);
      return new Tally<>(new LinkedHashMap<>(tree), missing, observations, order);
    }

    private static <T> List<T> toList(Iterable<? extends T> items) {
      List<T> list = new ArrayList<>();
      items.forEach(list::add);
      return list;
    }
  }
}
