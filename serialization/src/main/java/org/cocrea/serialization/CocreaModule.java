package org.cocrea.serialization;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import java.util.function.Function;
import org.cocrea.serialization.internal.ReportJson;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Jackson module of the model: a serializer and a deserializer for every model type, both delegating to the
 * generic {@link ModelCodec}, so that {@code mapper.writeValueAsString(exercise)} and {@code mapper.readValue(json,
 * LocalExercise.class)} give the same JSON form as {@link CocreaJson}; and a serializer of {@link ValidationReport}
 * and {@link CheckResult}, which a framework then returns as the JSON report of one file (the shape of {@code cocrea
 * validate --format json}).
 */
final class CocreaModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings({"unchecked", "rawtypes"})
  CocreaModule() {
    super("cocrea", Version.unknownVersion());
    for (Class<?> type : modelTypes()) {
      addSerializer((Class) type, new ModelSerializer(type));
      addDeserializer((Class) type, new ModelDeserializer(type));
    }
    addSerializer(ValidationReport.class, new ReportSerializer<>(ValidationReport.class,
        r -> ReportJson.document(r.subject(), r)));
    addSerializer(CheckResult.class, new ReportSerializer<>(CheckResult.class,
        r -> ReportJson.document(r.source(), r.report())));
  }

  /**
   * Writes a report (of an exercise or a file) as the JSON report of one file, in the shape {@code
   * cocrea-report.schema.json} documents, through the report's one writer ({@link ReportJson}).
   */
  private static final class ReportSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Function<T, ObjectNode> document;

    ReportSerializer(Class<T> type, Function<T, ObjectNode> document) {
      this.type = type;
      this.document = document;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) throws JacksonException {
      g.writeTree(document.apply(value));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Every model type reachable from the root, {@link LocalExercise} first. */
  static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(LocalExercise.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (seen.add(type)) {
        for (Attribute a : ModelTypes.attributes(type)) {
          if (a.isNested()) {
            todo.add(a.elementType());
          }
        }
      }
    }
    return seen;
  }

  /** Writes one model type through the codec. */
  private static final class ModelSerializer extends ValueSerializer<Object> {
    private final Class<?> type;

    ModelSerializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext context) throws JacksonException {
      ModelCodec.get().write(value, g);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads one model type through the codec; problems become a {@link MismatchedInputException}. */
  private static final class ModelDeserializer extends ValueDeserializer<Object> {
    private final Class<?> type;

    ModelDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
      JsonNode tree = context.readTree(p);
      Locale locale = Locale.forLanguageTag("es-MX");
      List<Finding> problems = new java.util.ArrayList<>();
      if (type == LocalExercise.class) {
        problems.addAll(CocreaJson.versionProblems(tree, locale));
      }
      Binding binding = new Binding(locale);
      Object value = problems.isEmpty() ? ModelCodec.get().bind(tree, type, binding) : null;
      problems.addAll(binding.findings());
      if (!problems.isEmpty()) {
        PalFormatException cause = new PalFormatException(problems);
        throw (JacksonException) MismatchedInputException.from(p, type, cause.getMessage()).withCause(cause);
      }
      return value;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
