package org.cocrea.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Core's main classes, imported by ArchUnit once per test run and shared by every test that inspects them (the
 * architecture rules, the label and model-type checks); importing them costs seconds, so each test class importing
 * its own copy made the suite slower for nothing.
 */
public final class CoreClasses {

  /**
   * Core's main classes only, from wherever core's classes are (its build folder in the IDE, its jar in a Maven
   * reactor build), whatever the build folder is called ({@code -Dcocrea.target=...}); these tests live in the test
   * kit's module, since core cannot depend on its own test kit.
   */
  public static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(location -> !location.contains("/test-classes/"))
      .withImportOption(location -> location.contains(coreLocation()))
      .importPackages("org.cocrea.core");

  /** The file name of core's jar, or the path of its classes folder. */
  private static String coreLocation() {
    String where = LocalExercise.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return where.endsWith(".jar") ? where.substring(where.lastIndexOf('/') + 1) : where;
  }

  private CoreClasses() {}
}
