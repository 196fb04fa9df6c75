package org.cocrea.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports violations from a class-level constraint's validator at the paths of the values they are about: a path is
 * a list of steps, each a property or a container element, maybe inside a list (an index) or a map (a key); the
 * builder API of Jakarta Validation has one interface per state, so the steps go through {@link #step}.
 */
final class Violations {

  private Violations() {}

  /** One step of a path: a property, or a container element of a container class; maybe at an index or key. */
  record Step(String name, boolean property, Class<?> container, Integer typeArgument, Integer index, Object key) {

    static Step property(String name) {
      return new Step(name, true, null, null, null, null);
    }

    Step at(int i) {
      return new Step(name, property, container, typeArgument, i, null);
    }

    Step key(Object k) {
      return new Step(name, property, container, typeArgument, null, k);
    }
  }

  /** The steps of a path that a validator reported (bean nodes are the object itself and are left out). */
  static List<Step> steps(Path path) {
    List<Step> steps = new ArrayList<>();
    for (Path.Node node : path) {
      Step s;
      if (node.getKind() == ElementKind.PROPERTY) {
        s = Step.property(node.getName());
      } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        Path.ContainerElementNode c = node.as(Path.ContainerElementNode.class);
        s = new Step(node.getName(), false, c.getContainerClass(), c.getTypeArgumentIndex(), null, null);
      } else {
        continue;
      }
      if (node.isInIterable()) {
        s = node.getIndex() != null ? s.at(node.getIndex()) : s.key(node.getKey());
        if (node.getIndex() == null && node.getKey() == null) {
          s = new Step(s.name(), s.property(), s.container(), s.typeArgument(), -1, null);
        }
      }
      steps.add(s);
    }
    return steps;
  }

  /** The steps of a JSON Pointer into the model's JSON form: numbers are list indexes, other tokens properties. */
  static List<Step> steps(String pointer) {
    List<Step> steps = new ArrayList<>();
    if (pointer.isEmpty()) {
      return steps;
    }
    Integer pending = null;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() < 10) {
        pending = Integer.valueOf(token);
        continue;
      }
      Step s = Step.property(token);
      steps.add(pending == null ? s : s.at(pending));
      pending = null;
    }
    if (pending != null && !steps.isEmpty()) { // a pointer ending at a list element: the list's property
      Step last = steps.remove(steps.size() - 1);
      steps.add(last);
      steps.add(new Step("<list element>", false, List.class, 0, pending, null));
    }
    return steps;
  }

  /** Escapes a message so that the provider's interpolation leaves it as it is. */
  static String literal(String message) {
    StringBuilder s = new StringBuilder(message.length() + 8);
    for (char c : message.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** Adds one violation with a literal message at the given steps. */
  static void add(ConstraintValidatorContext context, String message, List<Step> steps) {
    addTemplate(context, literal(message), steps);
  }

  /** Adds one violation with a message template, which the provider interpolates, at the given steps. */
  static void addTemplate(ConstraintValidatorContext context, String template, List<Step> steps) {
    Object b = context.buildConstraintViolationWithTemplate(template);
    for (Step s : steps) {
      b = step(b, s);
    }
    if (b instanceof ConstraintViolationBuilder x) {
      x.addConstraintViolation();
    } else if (b instanceof NodeBuilderCustomizableContext x) {
      x.addConstraintViolation();
    } else if (b instanceof NodeBuilderDefinedContext x) {
      x.addConstraintViolation();
    } else if (b instanceof NodeContextBuilder x) {
      x.addConstraintViolation();
    } else if (b instanceof ContainerElementNodeBuilderCustomizableContext x) {
      x.addConstraintViolation();
    } else if (b instanceof ContainerElementNodeBuilderDefinedContext x) {
      x.addConstraintViolation();
    } else if (b instanceof ContainerElementNodeContextBuilder x) {
      x.addConstraintViolation();
    }
  }

  /** One step on whichever builder state the previous step left. */
  private static Object step(Object b, Step s) {
    Object next;
    if (s.property()) {
      if (b instanceof ConstraintViolationBuilder x) {
        next = x.addPropertyNode(s.name());
      } else if (b instanceof NodeBuilderCustomizableContext x) {
        next = x.addPropertyNode(s.name());
      } else if (b instanceof NodeBuilderDefinedContext x) {
        next = x.addPropertyNode(s.name());
      } else if (b instanceof NodeContextBuilder x) {
        next = x.addPropertyNode(s.name());
      } else if (b instanceof ContainerElementNodeBuilderCustomizableContext x) {
        next = x.addPropertyNode(s.name());
      } else if (b instanceof ContainerElementNodeBuilderDefinedContext x) {
        next = x.addPropertyNode(s.name());
      } else {
        next = ((ContainerElementNodeContextBuilder) b).addPropertyNode(s.name());
      }
    } else {
      if (b instanceof ConstraintViolationBuilder x) {
        next = x.addContainerElementNode(s.name(), s.container(), s.typeArgument());
      } else if (b instanceof NodeBuilderCustomizableContext x) {
        next = x.addContainerElementNode(s.name(), s.container(), s.typeArgument());
      } else if (b instanceof NodeBuilderDefinedContext x) {
        next = x.addContainerElementNode(s.name(), s.container(), s.typeArgument());
      } else if (b instanceof NodeContextBuilder x) {
        next = x.addContainerElementNode(s.name(), s.container(), s.typeArgument());
      } else if (b instanceof ContainerElementNodeBuilderCustomizableContext x) {
        next = x.addContainerElementNode(s.name(), s.container(), s.typeArgument());
      } else if (b instanceof ContainerElementNodeBuilderDefinedContext x) {
        next = x.addContainerElementNode(s.name(), s.container(), s.typeArgument());
      } else {
        next = ((ContainerElementNodeContextBuilder) b).addContainerElementNode(s.name(), s.container(),
            s.typeArgument());
      }
    }
    if (s.index() == null && s.key() == null) {
      return next;
    }
    Object inIterable = next instanceof NodeBuilderCustomizableContext x ? x.inIterable()
        : ((ContainerElementNodeBuilderCustomizableContext) next).inIterable();
    if (s.index() != null && s.index() < 0) {
      return inIterable;
    }
    if (inIterable instanceof NodeContextBuilder x) {
      return s.index() != null ? x.atIndex(s.index()) : x.atKey(s.key());
    }
    ContainerElementNodeContextBuilder x = (ContainerElementNodeContextBuilder) inIterable;
    return s.index() != null ? x.atIndex(s.index()) : x.atKey(s.key());
  }
}
