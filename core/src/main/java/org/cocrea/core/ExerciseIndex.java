package org.cocrea.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelPath;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

/**
 * Resolves identifiers of one exercise: every element with an {@code id} (organisations, people, memberships,
 * resolutions, tables, proposals, commitments, milestones, …) by type and id, with the JSON Pointer where it is
 * declared. Built in one pass; lookups are constant time. When an id is declared twice the first declaration wins
 * ({@link References#check} reports the duplicate).
 *
 * <pre>{@code
 * ExerciseIndex index = exercise.index();
 * Optional<Sector> sector = index.organization("org-idaip").flatMap(Organization::sector);
 * }</pre>
 *
 * <p>The same pass records every repeated declaration and every reference to an element not declared before it, so
 * that {@link References#check} needs no walk of its own; pointers are kept as {@link ModelPath}s and rendered only
 * for a problem or a {@link #pointerOf} look-up.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExerciseIndex {

  /** What the walk reads of each class of values: the identifier and the reference attributes. */
  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> implementation) {
      return new Plan(implementation);
    }
  };

  private final Map<Class<?>, Map<String, Declared>> byId = new HashMap<>();
  /** Second and later declarations of an id (only of mandatory {@code id} attributes), in walk order. */
  private final List<Repeated> repeated = new ArrayList<>();
  /**
   * The identifiers held by reference attributes that the walk could not resolve where it met them, in walk order:
   * a reference to an element already declared (with a mandatory {@code id}) certainly resolves, the others are
   * decided once every declaration is known.
   */
  private final List<Reference> references = new ArrayList<>();
  /** The reference problems, computed on first use (a benign race: every thread computes an equal list). */
  private volatile List<References.Problem> problems;

  private ExerciseIndex(LocalExercise exercise) {
    ModelWalker.walkPaths(exercise, (path, value) -> {
      Plan plan = PLANS.get(value.getClass());
      if (plan.id != null) {
        String id = (String) plan.id.apply(value);
        Map<String, Declared> ofType = byId.get(plan.type);
        if (ofType == null) {
          ofType = new HashMap<>();
          byId.put(plan.type, ofType);
        }
        Declared first = ofType.putIfAbsent(id, new Declared(value, path));
        if (first != null && plan.idRequired) {
          repeated.add(new Repeated(plan.type, id, path, first.path));
        }
      }
      for (int r = 0; r < plan.refs.length; r++) {
        Attribute a = plan.refs[r];
        Object v = plan.refReaders[r].apply(value);
        if (v instanceof Optional<?> o) {
          if (o.isPresent()) {
            refer(a.refTarget(), (String) o.get(), path, a.name(), -1);
          }
        } else if (v instanceof Collection<?> c) {
          int i = 0;
          for (Object id : c) {
            refer(a.refTarget(), (String) id, path, a.name(), i++);
          }
        }
      }
    });
  }

  /** Records a reference that does not name an element declared so far (see {@link #references}). */
  private void refer(Class<?> target, String id, ModelPath owner, String name, int index) {
    if (!resolves(target, id)) {
      references.add(new Reference(target, id, owner, name, index));
    }
  }

  /** Whether an identifier names a declared element of a type whose elements declare it in a mandatory {@code id}. */
  private boolean resolves(Class<?> target, String id) {
    Map<String, Declared> ofType = byId.get(target);
    return ofType != null && ofType.containsKey(id) && REQUIRED_ID.get(target);
  }

  /**
   * Indexes an exercise. Prefer {@link LocalExercise#index()}, which computes it once.
   *
   * @param exercise the exercise, must not be null
   * @return its index, never null
   */
  public static ExerciseIndex of(LocalExercise exercise) {
    return new ExerciseIndex(Objects.requireNonNull(exercise, "exercise"));
  }

  /**
   * The element of a type with an id.
   *
   * @param <T> the element type
   * @param type a model type with an {@code id}, must not be null
   * @param id the identifier, must not be null
   * @return the element, or empty when none is declared
   */
  public <T> Optional<T> find(Class<T> type, String id) {
    Objects.requireNonNull(id, "id");
    Declared d = byId.getOrDefault(type, Map.of()).get(id);
    return d == null ? Optional.empty() : Optional.of(type.cast(d.value));
  }

  /**
   * The JSON Pointer of the element of a type with an id.
   *
   * @param type a model type with an {@code id}, must not be null
   * @param id the identifier, must not be null
   * @return the pointer, or empty when none is declared
   */
  public Optional<String> pointerOf(Class<?> type, String id) {
    Objects.requireNonNull(id, "id");
    Declared d = byId.getOrDefault(type, Map.of()).get(id);
    return d == null ? Optional.empty() : Optional.of(d.path.pointer());
  }

  /**
   * The organisation with an id.
   *
   * @param id the identifier, must not be null
   * @return the organisation, or empty
   */
  public Optional<Organization> organization(String id) {
    return find(Organization.class, id);
  }

  /**
   * The person with an id.
   *
   * @param id the identifier, must not be null
   * @return the person, or empty
   */
  public Optional<Person> person(String id) {
    return find(Person.class, id);
  }

  /**
   * The STL membership with an id.
   *
   * @param id the identifier, must not be null
   * @return the membership, or empty
   */
  public Optional<StlMembership> membership(String id) {
    return find(StlMembership.class, id);
  }

  /**
   * The sector of an organisation.
   *
   * @param organizationId the organisation's identifier, must not be null
   * @return its sector, or empty when the organisation or its sector is not recorded
   */
  public Optional<Sector> sectorOf(String organizationId) {
    return organization(organizationId).flatMap(Organization::sector);
  }

  /**
   * The dangling references and duplicate identifiers, in pointer order, computed once (see {@link References#check}).
   */
  List<References.Problem> problems() {
    List<References.Problem> result = problems;
    if (result == null) {
      List<References.Problem> found = new ArrayList<>();
      for (Repeated r : repeated) {
        found.add(new References.Problem(References.Kind.DUPLICATE, r.path.pointer() + "/id",
            r.type.getSimpleName(), r.id, r.first.pointer()));
      }
      for (Reference r : references) {
        if (!resolves(r.target, r.id)) {
          found.add(new References.Problem(References.Kind.DANGLING, r.pointer(), r.target.getSimpleName(), r.id,
              ""));
        }
      }
      found.sort(Comparator.comparing(References.Problem::pointer));
      result = List.copyOf(found);
      problems = result;
    }
    return result;
  }

  /** Whether elements of a type declare their identifier in a mandatory {@code id} attribute (the ones checked). */
  private static final ClassValue<Boolean> REQUIRED_ID = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return ModelTypes.isModelType(type) && ModelTypes.attribute(type, "id")
          .filter(a -> a.kind() == Attribute.Kind.REQUIRED).isPresent();
    }
  };

  /** The first declaration of an id: the element and where it is. */
  private record Declared(Object value, ModelPath path) {}

  /** A later declaration of an id already declared at {@code first}. */
  private record Repeated(Class<?> type, String id, ModelPath path, ModelPath first) {}

  /** An identifier held by a reference attribute, at {@code /name} or {@code /name/index} under {@code owner}. */
  private record Reference(Class<?> target, String id, ModelPath owner, String name, int index) {
    String pointer() {
      ModelPath p = owner.property(name);
      return index < 0 ? p.pointer() : p.index(index).pointer();
    }
  }

  /** The attributes the walk reads of one class of model values. */
  private static final class Plan {
    final Class<?> type;
    /** Reads the attribute named {@code id}, or null. */
    final Function<Object, Object> id;
    final boolean idRequired;
    final Attribute[] refs;
    /** Reads each of {@link #refs} (by a plain call: {@link Attribute#read} looks the attribute up). */
    final Function<Object, Object>[] refReaders;

    Plan(Class<?> implementation) {
      type = modelType(implementation);
      Attribute found = null;
      List<Attribute> refList = new ArrayList<>();
      for (Attribute a : ModelTypes.attributes(type)) {
        if (a.name().equals("id") && found == null) {
          found = a;
        }
        if (a.reference().isPresent()) {
          refList.add(a);
        }
      }
      id = found == null ? null : ModelTypes.reader(type, found);
      idRequired = found != null && found.kind() == Attribute.Kind.REQUIRED;
      refs = refList.toArray(new Attribute[0]);
      @SuppressWarnings("unchecked")
      Function<Object, Object>[] readers = new Function[refs.length];
      for (int i = 0; i < refs.length; i++) {
        readers[i] = ModelTypes.reader(type, refs[i]);
      }
      refReaders = readers;
    }

    /** The model interface a class of values implements (what {@link ModelTypes#typeOf} answers for its values). */
    private static Class<?> modelType(Class<?> implementation) {
      for (Class<?> i : implementation.getInterfaces()) {
        if (ModelTypes.isModelType(i)) {
          return i;
        }
      }
      throw new IllegalArgumentException("not a model value: " + implementation.getName());
    }
  }
}
