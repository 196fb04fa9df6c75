package org.cocrea.validation.rules;

/**
 * The check of a rule: looks at the exercise through the context and reports an outcome per subject. Part of the
 * internal rule-authoring API: not for applications.
 */
@FunctionalInterface
public interface Check {

  /**
   * Runs the check.
   *
   * @param context what the rule sees
   * @param subjects where it reports each subject's outcome
   */
  void apply(RuleContext context, Subjects subjects);
}
