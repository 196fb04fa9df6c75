package org.cocrea.core.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor writes into {@code GeneratedAnnotations} for a small model compiled here: the cases the real
 * model does not have (a class-level constraint, a constraint the pre-check does not support, an annotated derived
 * method, map keys, pattern flags, an annotation not retained at run time). The real model's description is checked
 * against reflection in validation's {@code GeneratedPlanTest}.
 */
class ModelAnnotationsSourceTest {

  private static final String SAMPLE = """
      package org.cocrea.core;

      import jakarta.validation.Valid;
      import jakarta.validation.constraints.*;
      import java.util.*;
      import org.immutables.value.Value;

      @ClassCheck
      @Value.Immutable
      public interface Sample {
        static Builder builder() { return new Builder(); }
        final class Builder {}

        @Email String mail();
        Optional<@Size(min = 2, max = 5) @Pattern(regexp = "a\\\\d+\\"", flags = Pattern.Flag.CASE_INSENSITIVE) String>
            code();
        Map<@NotBlank String, @Valid @DecimalMin(value = "1.5", inclusive = false) Integer> others();
        @NotInRuntime String plain();
        default @NotBlank String derived() { return "x"; }
        default String bare() { return "x"; }
      }
      """;

  private static final String CLASS_CHECK = """
      package org.cocrea.core;
      @jakarta.validation.Constraint(validatedBy = {})
      @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
      public @interface ClassCheck {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends jakarta.validation.Payload>[] payload() default {};
      }
      """;

  /** In a validation package, but retained in class files only: reflection never sees it. */
  private static final String NOT_IN_RUNTIME = """
      package org.cocrea.core;
      @jakarta.validation.Constraint(validatedBy = {})
      @java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD})
      public @interface NotInRuntime {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends jakarta.validation.Payload>[] payload() default {};
      }
      """;

  private static final String IMMUTABLE = """
      package org.immutables.value;
      public @interface Value {
        @interface Immutable {}
      }
      """;

  /** Core's types that the generated signatures name (processing only: no method body is compiled). */
  private static final String META = """
      package org.cocrea.core.meta;
      abstract class ModelAccess {}
      final class ModelAnnotations {
        static final class Site {}
        static final class Use {}
      }
      """;

  @Test
  void theAnnotationsOfASampleModelStandWhereTheyAreWrittenWithTheirParameters(@TempDir Path out) throws IOException {
    String generated = generate(out);
    assertThat(generated)
        .contains("case \"org.cocrea.core.Sample\":")
        // a class-level constraint
        .contains("new ModelAnnotations(true, java.util.List.of(")
        // a constraint the pre-check does not support: by name, without values
        .contains("new ModelAnnotations.Property(\"mail\", true, site(false, java.util.List.of("
            + "new ModelAnnotations.Use(\"jakarta.validation.constraints.Email\", java.util.Map.of())))")
        // type arguments, with parameters (defaults included) and the regexp as a Java literal
        .contains("new ModelAnnotations.Use(\"jakarta.validation.constraints.Size\", java.util.Map.of(\"min\", 2,"
            + " \"max\", 5))")
        .contains("\"regexp\", \"a\\\\d+\\\"\"")
        .contains("\"flags\", java.util.List.of(\"CASE_INSENSITIVE\")")
        // map key and value, @Valid on the value
        .contains("site(false, java.util.List.of(), site(false, java.util.List.of(new ModelAnnotations.Use("
            + "\"jakarta.validation.constraints.NotBlank\", java.util.Map.of()))), site(true, java.util.List.of("
            + "new ModelAnnotations.Use(\"jakarta.validation.constraints.DecimalMin\", java.util.Map.of(")
        .contains("\"inclusive\", false").contains("\"value\", \"1.5\"")
        // a derived method with a constraint is described, not as an attribute; one without is not
        .contains("new ModelAnnotations.Property(\"derived\", false,")
        .doesNotContain("\"bare\"")
        // an annotation that is not retained at run time is not described, nor is its method then
        .doesNotContain("NotInRuntime").doesNotContain("\"plain\"");
  }

  private static String generate(Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> sources = List.of(source("org/cocrea/core/Sample", SAMPLE),
        source("org/cocrea/core/ClassCheck", CLASS_CHECK), source("org/cocrea/core/NotInRuntime", NOT_IN_RUNTIME),
        source("org/immutables/value/Value", IMMUTABLE), source("org/cocrea/core/meta/ModelAccess", META));
    StringWriter diagnostics = new StringWriter();
    // processing only: the generated sources refer to core's meta classes, which are not compiled here
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-proc:only", "-s", out.toString(), "-d", out.toString(), "-classpath",
            System.getProperty("java.class.path"), "-processor", ModelAccessProcessor.class.getName(),
            "-Xlint:-options", "-implicit:none"),
        null, sources).call();
    assertThat(ok).as(diagnostics.toString()).isTrue();
    return Files.readString(out.resolve("org/cocrea/core/meta/GeneratedAnnotations.java"));
  }

  private static JavaFileObject source(String path, String text) {
    return new SimpleJavaFileObject(java.net.URI.create("string:///" + path + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }

      @Override
      public String toString() {
        return path.toLowerCase(Locale.ROOT);
      }
    };
  }
}
