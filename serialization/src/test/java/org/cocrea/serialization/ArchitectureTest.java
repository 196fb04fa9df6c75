package org.cocrea.serialization;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of the serialization module. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.cocrea.serialization");

  @Test
  void serializationDependsOnNeitherTheCliNorTheExamples() {
    noClasses().that().resideInAPackage("org.cocrea.serialization..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cocrea.cli..", "org.cocrea.examples..")
        .check(CLASSES);
  }

  /** The model's generated types only: the module's own options (ImmutableReaderOptions, ...) are generated too. */
  @Test
  void serializationUsesNoGeneratedImmutableTypesOfTheModel() {
    noClasses().that().resideInAPackage("org.cocrea.serialization..")
        .should().dependOnClassesThat(resideInAPackage("org.cocrea.core..").and(simpleNameStartingWith("Immutable")))
        .check(CLASSES);
  }
}
