package org.cocrea.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds the identifier of another element of the same exercise. Actors and other entities are
 * declared once (in {@link LocalExercise#organizations()}, {@link LocalExercise#people()}, …) and referenced by id
 * everywhere else, as Popolo and OCDS do, so that every reference can be checked ({@link References#check}).
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ref {

  /**
   * The type of element the identifier names.
   *
   * @return the referenced type
   */
  Class<?> value();
}
