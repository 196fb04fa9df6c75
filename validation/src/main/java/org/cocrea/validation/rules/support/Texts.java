package org.cocrea.validation.rules.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocrea.core.Commitment;
import org.cocrea.core.Labelled;
import org.cocrea.core.Milestone;
import org.cocrea.validation.Messages;
import org.cocrea.validation.rules.RuleContext;

/** The language of a rule's messages: the locale, localised lists of labels and message fragments. */
public final class Texts {

  private Texts() {}

  /** The language of the validation's messages. */
  public static Locale locale(RuleContext ctx) {
    return ctx.options().locale();
  }

  /** Labels of enum constants in the validation's language, joined with commas. */
  public static String labels(Collection<? extends Labelled> values, RuleContext ctx) {
    return values.stream().map(v -> v.label(locale(ctx))).collect(Collectors.joining(", "));
  }

  /**
   * How a message names an element ({@link Messages#element}): kind and position counted from 1, its title when it has
   * one, and its identifier in parentheses, «Compromiso 3: Datos abiertos (c3)» or «Compromiso 3 (c3)». Every rule
   * names the elements of its messages through here, never by the bare identifier.
   */
  public static String name(RuleContext ctx, String pointer, String id, Optional<String> title) {
    return Messages.element(pointer, id, title, locale(ctx));
  }

  /**
   * A commitment named by its id as messages name it ({@link #name}), at its place in its plan (the exercise's index
   * finds it); the id itself when no commitment of the exercise has it.
   */
  public static String commitment(RuleContext ctx, String id) {
    return indexed(ctx, Commitment.class, id, Commitment::title);
  }

  /**
   * A milestone named by its id as messages name it ({@link #name}), at its place in its commitment; the id itself
   * when no milestone of the exercise has it.
   */
  public static String milestone(RuleContext ctx, String id) {
    return indexed(ctx, Milestone.class, id, m -> Optional.empty());
  }

  private static <T> String indexed(RuleContext ctx, Class<T> type, String id,
      java.util.function.Function<T, Optional<String>> title) {
    Optional<T> element = ctx.index().find(type, id);
    Optional<String> pointer = ctx.index().pointerOf(type, id);
    return element.isPresent() && pointer.isPresent() ? name(ctx, pointer.get(), id, title.apply(element.get())) : id;
  }

  /** A localised fragment of a message (a {@code <ID>.part.<name>} key), with its arguments. */
  public static String part(RuleContext ctx, String key, Object... arguments) {
    List<String> args = new ArrayList<>();
    for (Object a : arguments) {
      args.add(String.valueOf(a));
    }
    return Messages.render(key, args, locale(ctx));
  }
}
