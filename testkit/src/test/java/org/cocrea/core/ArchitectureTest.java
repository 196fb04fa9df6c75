package org.cocrea.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core module stays a plain model: no JSON library, no validator implementation, no upper module. */
class ArchitectureTest {

  /** Main classes only, imported once for every core test that inspects them. */
  private static final JavaClasses CORE = CoreClasses.MAIN;

  @Test
  void importsTheMainClasses() {
    assertThat(CORE.contain(LocalExercise.class)).isTrue();
    assertThat(CORE.containPackage("org.cocrea.core.meta")).isTrue();
    assertThat(CORE.stream().map(JavaClass::getPackageName)).doesNotContain("org.cocrea.testkit");
  }

  @Test
  void coreDependsOnNoJsonLibraryNoValidatorImplementationAndNoUpperModule() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "com.fasterxml.jackson..", "tools.jackson..", "org.hibernate..", "com.networknt..", "picocli..",
        "org.cocrea.validation..", "org.cocrea.serialization..", "org.cocrea.cli..", "org.cocrea.examples..")
        .check(CORE);
  }

  @Test
  void coreDependsOnlyOnTheJdkConstraintAnnotationsAndImmutables() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
        "java..", "jakarta.validation..", "org.immutables.value..", "org.cocrea.core..")
        .check(CORE);
  }

  @Test
  void generatedTypesStayOutOfPublicSignatures() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CORE) {
      if (c.getSimpleName().startsWith("Immutable") || c.getName().contains("$")
          && c.getEnclosingClass().map(e -> e.getSimpleName().startsWith("Immutable")).orElse(false)) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        List<JavaClass> types = new ArrayList<>(m.getRawParameterTypes());
        types.add(m.getRawReturnType());
        for (JavaClass t : types) {
          if (t.getSimpleName().startsWith("Immutable")) {
            leaks.add(c.getSimpleName() + "." + m.getName() + " uses " + t.getSimpleName());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
