package org.cocrea.validation.rules.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cocrea.core.Labelled;
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

  /** A localised fragment of a message (a {@code <ID>.part.<name>} key), with its arguments. */
  public static String part(RuleContext ctx, String key, Object... arguments) {
    List<String> args = new ArrayList<>();
    for (Object a : arguments) {
      args.add(String.valueOf(a));
    }
    return Messages.render(key, args, locale(ctx));
  }
}
