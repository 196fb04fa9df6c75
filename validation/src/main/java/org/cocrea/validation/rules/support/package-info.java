/**
 * <strong>Internal, not API.</strong> Helpers the rules of several families share, each defined once: {@link
 * org.cocrea.validation.rules.support.Seats} (seats, sectors and attendance in a rule's context, over the core
 * definitions of {@link org.cocrea.core.Seats} that the statistics use too), {@link
 * org.cocrea.validation.rules.support.Walk} (subject iteration: every STL, every commitment, with one not-applicable
 * semantics), {@link org.cocrea.validation.rules.support.Dates} (date comparisons and deadlines at the dates' common
 * precision, over {@link org.cocrea.core.PartialDate#order}: what "cannot tell" means for every rule) and {@link
 * org.cocrea.validation.rules.support.Texts} (localised fragments and lists of messages).
 *
 * <p>Helpers used by several rules of one family only stay in that family's package ({@code StlSupport} style
 * classes, package-private); helpers used by one rule are private to its file.
 */
package org.cocrea.validation.rules.support;
