package org.cocrea.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.cocrea");

  @Test
  void libraryModulesDoNotDependOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("org.cocrea.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.cocrea.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyMainEndsTheJvm() {
    noClasses().that().resideInAPackage("org.cocrea..").and().doNotHaveFullyQualifiedName(Main.class.getName())
        .should().callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }

  @Test
  void reportWritersDoNotUsePicocli() {
    noClasses().that().resideInAPackage("org.cocrea.serialization..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(CLASSES);
  }

  /**
   * Issue 16: Jakarta Validation is part of Cocrea's API (the model's constraints are its annotations, {@code
   * CocreaValidator.constraintViolations} returns its violations), Hibernate Validator is not: no public member of a
   * public class of an API package names a Hibernate Validator type (the validation module requires it without
   * re-exporting it). API packages: all but {@code internal}, {@code core.meta}, {@code core.i18n}, {@code
   * validation.rules} and the command line's.
   */
  @Test
  void noHibernateValidatorTypeInThePublicApi() {
    java.util.List<String> leaks = new java.util.ArrayList<>();
    for (JavaClass c : CLASSES) {
      String pkg = c.getPackageName();
      boolean internal = pkg.contains(".internal") || pkg.startsWith("org.cocrea.core.meta")
          || pkg.startsWith("org.cocrea.core.i18n") || pkg.startsWith("org.cocrea.validation.rules")
          || pkg.startsWith("org.cocrea.cli");
      if (internal || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMember m : c.getMembers()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        java.util.List<JavaType> types = new java.util.ArrayList<>();
        if (m instanceof JavaField f) {
          types.add(f.getType());
        } else if (m instanceof JavaCodeUnit u) {
          types.add(u.getReturnType());
          types.addAll(u.getParameterTypes());
        }
        for (JavaType t : types) {
          for (JavaClass raw : t.getAllInvolvedRawTypes()) {
            if (raw.getPackageName().startsWith("org.hibernate")) {
              leaks.add(m.getFullName() + " → " + raw.getName());
            }
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(leaks).isEmpty();
  }

  /**
   * The modules' layering, one way: core, validation, serialization, reports and spreadsheets (side by side), research,
   * cli (README, "Project
   * layout"). The module descriptors enforce it when the library modules compile; this states it for every class on
   * the command line's class path.
   */
  @Test
  void eachModuleUsesOnlyTheModulesBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("org.cocrea.core..")
        .layer("validation").definedBy("org.cocrea.validation..")
        .layer("serialization").definedBy("org.cocrea.serialization..")
        .layer("reports").definedBy("org.cocrea.report..")
        .layer("spreadsheets").definedBy("org.cocrea.spreadsheet..")
        .layer("research").definedBy("org.cocrea.research..")
        .layer("cli").definedBy("org.cocrea.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("research").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("reports").mayOnlyBeAccessedByLayers("research", "cli")
        .whereLayer("spreadsheets").mayOnlyBeAccessedByLayers("research", "cli")
        .whereLayer("serialization").mayOnlyBeAccessedByLayers("reports", "spreadsheets", "research", "cli")
        .whereLayer("validation").mayOnlyBeAccessedByLayers("serialization", "reports", "spreadsheets", "research",
            "cli")
        .check(CLASSES);
  }
}
