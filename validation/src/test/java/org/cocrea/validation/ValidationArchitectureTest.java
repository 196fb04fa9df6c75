package org.cocrea.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the validation module may depend on, and what its public API may show. */
class ValidationArchitectureTest {

  /** The module's main classes, imported from their own output folder only (fast, and no test classes). */
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importLocations(Set.of(Location.of(CocreaValidator.class.getProtectionDomain().getCodeSource().getLocation())));

  @Test
  void dependsOnNothingOfSerializationCliOrExamplesAndOnNoJackson() {
    assertThat(MAIN.contain(CocreaValidator.class)).isTrue();
    assertThat(MAIN.stream().noneMatch(c -> c.getSimpleName().endsWith("Test"))).isTrue();
    noClasses().that().resideInAPackage("org.cocrea.validation..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.cocrea.serialization..", "org.cocrea.cli..", "org.cocrea.examples..",
            "tools.jackson..", "com.fasterxml.jackson..", "com.networknt..", "picocli..")
        .check(MAIN);
  }

  @Test
  void noJacksonOnTheModulesClassPath() {
    for (String name : List.of("tools.jackson.databind.ObjectMapper", "com.fasterxml.jackson.databind.ObjectMapper")) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void publicApiShowsNoHibernateValidatorNorGeneratedTypes() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : MAIN) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC)
          || type.getPackageName().equals("org.cocrea.validation.internal")) {
        continue; // the internal package is not exported: it holds the Jakarta constraint validators, made by providers
      }
      Stream.concat(type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                  .flatMap(m -> Stream.concat(Stream.of(m.getRawReturnType()), m.getRawParameterTypes().stream())
                      .map(t -> m.getFullName() + " uses " + t.getName())),
              type.getConstructors().stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                  .flatMap(c -> c.getRawParameterTypes().stream().map(t -> c.getFullName() + " uses " + t.getName())))
          .filter(s -> s.contains(" uses org.hibernate.") || s.contains(" uses jakarta.validation.")
              || s.matches(".* uses org\\.cocrea\\.([a-z]+\\.)*Immutable.*"))
          .forEach(leaks::add);
    }
    assertThat(leaks).isEmpty();
  }
}
