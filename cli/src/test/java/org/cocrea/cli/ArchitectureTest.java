package org.cocrea.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
