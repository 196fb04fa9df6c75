package org.cocrea.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Core's main classes, imported by ArchUnit once per test run and shared by every test that inspects them (the
 * architecture rules, the label and model-type checks); importing them costs seconds, so each test class importing
 * its own copy made the suite slower for nothing.
 */
public final class CoreClasses {

  /** Main classes only, whatever the build folder is called ({@code -Dcocrea.target=...}). */
  public static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(location -> !location.contains("/test-classes/"))
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.cocrea.core");

  private CoreClasses() {}
}
