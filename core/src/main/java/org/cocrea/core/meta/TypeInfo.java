package org.cocrea.core.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cached description of one model type: its attributes (sorted by name, as the build describes them in its
 * generated {@link ModelAccess}, without reflection), looked up in constant time by name, the access that reads them
 * and fills the type's builder, and the nested attributes a walk follows. Computed once per type, on first use (so a
 * run that meets few types describes few), and shared; immutable.
 */
final class TypeInfo {

  /** Marks classes that are not model implementations, since a {@code ClassValue} cannot hold null. */
  private static final TypeInfo NONE = new TypeInfo();

  /** The description of each model interface. */
  private static final ClassValue<TypeInfo> BY_TYPE = new ClassValue<>() {
    @Override
    protected TypeInfo computeValue(Class<?> type) {
      return new TypeInfo(type);
    }
  };

  /** The description of the model interface that each class of values implements, {@link #NONE} for others. */
  private static final ClassValue<TypeInfo> BY_IMPLEMENTATION = new ClassValue<>() {
    @Override
    protected TypeInfo computeValue(Class<?> implementation) {
      for (Class<?> i : implementation.getInterfaces()) {
        if (ModelTypes.isModelType(i)) {
          return BY_TYPE.get(i);
        }
      }
      return NONE;
    }
  };

  final Class<?> type;
  final List<Attribute> attributes;
  private final Map<String, Integer> slots;
  /** Reads attributes and fills builders, by slot. */
  final ModelAccess access;
  /** The nested attributes (whose elements are model values), in name order, as slots of {@link #attributes}. */
  final int[] nested;
  /** The pointer token of each nested attribute, parallel to {@link #nested}. */
  final String[] nestedTokens;

  private TypeInfo() {
    type = Void.class;
    attributes = List.of();
    slots = Map.of();
    access = null;
    nested = new int[0];
    nestedTokens = new String[0];
  }

  private TypeInfo(Class<?> type) {
    this.type = type;
    this.access = ModelAccess.of(type);
    this.attributes = access.attributes;
    this.slots = new HashMap<>();
    List<Integer> nestedSlots = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      slots.put(a.name(), i);
      if (ModelTypes.isModelType(a.elementType())) {
        nestedSlots.add(i);
      }
    }
    this.nested = nestedSlots.stream().mapToInt(Integer::intValue).toArray();
    this.nestedTokens = new String[nested.length];
    for (int i = 0; i < nested.length; i++) {
      nestedTokens[i] = ModelWalker.escape(attributes.get(nested[i]).name());
    }
  }

  /** The description of each model interface, {@link #NONE} for other classes. */
  private static final ClassValue<TypeInfo> BY_OWNER = new ClassValue<>() {
    @Override
    protected TypeInfo computeValue(Class<?> type) {
      return ModelTypes.isModelType(type) ? BY_TYPE.get(type) : NONE;
    }
  };

  /** The description of the model type that declares an accessor, or null when the class is not a model type. */
  static TypeInfo ofOwner(Class<?> owner) {
    TypeInfo info = BY_OWNER.get(owner);
    return info == NONE ? null : info;
  }

  /** The description of a model type; the caller has checked that it is one. */
  static TypeInfo of(Class<?> modelType) {
    return BY_TYPE.get(modelType);
  }

  /**
   * The description of a value's model type.
   *
   * @throws IllegalArgumentException if the value is not a model value
   */
  static TypeInfo ofValue(Object value) {
    TypeInfo info = BY_IMPLEMENTATION.get(value.getClass());
    if (info == NONE) {
      throw new IllegalArgumentException("not a model value: " + value.getClass().getName());
    }
    return info;
  }

  /** The slot of the attribute of this name, or -1. */
  int slot(String name) {
    Integer slot = slots.get(name);
    return slot == null ? -1 : slot;
  }

  /** The slot of an attribute of this type, or -1 when it is not one (another type's, or made by hand and wrong). */
  int slot(Attribute attribute) {
    int slot = slot(attribute.name());
    if (slot < 0) {
      return -1;
    }
    Attribute known = attributes.get(slot);
    return known == attribute || known.equals(attribute) ? slot : -1;
  }

  /** Reads the attribute in a slot from a value of this type. */
  Object read(int slot, Object model) {
    try {
      return access.read(slot, model);
    } catch (ClassCastException e) {
      if (model != null && !type.isInstance(model)) {
        // what Method.invoke said for a value of another type
        throw new IllegalArgumentException("object is not an instance of " + type.getName(), e);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + attributes.get(slot).name() + " of " + type.getName(), e);
    }
  }
}
