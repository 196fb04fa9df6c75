package org.cocrea.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
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
