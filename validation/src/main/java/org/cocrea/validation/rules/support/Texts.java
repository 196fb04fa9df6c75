package org.cocrea.validation.rules.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocrea.core.Commitment;
import org.cocrea.core.Labelled;
import org.cocrea.core.LocalActionPlan;
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
   * A commitment named by its id as messages name it ({@link #name}), at its place in its plan; the id itself when no
   * commitment of the exercise has it.
   */
  public static String commitment(RuleContext ctx, String id) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      List<Commitment> commitments = plans.get(p).commitments();
      for (int k = 0; k < commitments.size(); k++) {
        if (commitments.get(k).id().equals(id)) {
          return name(ctx, "/plans/" + p + "/commitments/" + k, id, commitments.get(k).title());
        }
      }
    }
    return id;
  }

  /**
   * A milestone named by its id as messages name it ({@link #name}), at its place in its commitment; the id itself
   * when no milestone of the exercise has it.
   */
  public static String milestone(RuleContext ctx, String id) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      List<Commitment> commitments = plans.get(p).commitments();
      for (int k = 0; k < commitments.size(); k++) {
        List<Milestone> milestones = commitments.get(k).milestones();
        for (int m = 0; m < milestones.size(); m++) {
          if (milestones.get(m).id().equals(id)) {
            return name(ctx, "/plans/" + p + "/commitments/" + k + "/milestones/" + m, id, Optional.empty());
          }
        }
      }
    }
    return id;
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
