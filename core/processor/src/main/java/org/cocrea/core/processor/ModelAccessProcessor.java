package org.cocrea.core.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes {@code org.cocrea.core.meta.GeneratedAccess}, the description of every model type's attributes (name, shape,
 * element, key and reference types, declaring interface: what {@code ModelTypes.attributes} returns) and the
 * plain-call access to them and to the type's builder, from the model interfaces themselves, in the same {@code javac}
 * run that Immutables generates the implementations in. A model type is what {@code ModelTypes.isModelType}
 * recognises at run time: an interface of {@code org.cocrea.core} annotated {@code @Value.Immutable} with a static
 * {@code builder()} returning its own nested {@code Builder}. Its attributes are its abstract accessors without
 * parameters, its own and those it inherits from interfaces of the same package (the shared facets such as {@code
 * Recorded}), sorted by name (the slots of {@code ModelTypes.attributes}); the shape of each comes from the accessor's
 * return type ({@code Optional}, {@code List}, {@code Set}, {@code Map}, or a required value), its element and key
 * types from the type arguments, its reference target from the accessor's {@code @Ref}.
 *
 * <p>It also writes {@code org.cocrea.core.meta.GeneratedAnnotations}, where the Jakarta Validation annotations stand
 * on each model type ({@code ModelAnnotations}: class-level constraints, and the constraints and {@code @Valid} on each
 * property method, on its return type and on the type arguments, with the parameters the field pre-check reads), so
 * that the pre-check of {@code org.cocrea.validation} needs no annotation reflection at run time for the model.
 * <p>Configured in core's {@code annotationProcessorPaths} before Immutables; it never claims the annotation, so
 * Immutables sees every type as before. Nothing here is on a run-time class path.
 *
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path><groupId>org.cocrea</groupId><artifactId>cocrea-core-processor</artifactId></path>
 *   <path><groupId>org.immutables</groupId><artifactId>value</artifactId></path>
 * </annotationProcessorPaths>
 * }</pre>
 */
@SupportedAnnotationTypes(ModelAccessProcessor.IMMUTABLE)
public final class ModelAccessProcessor extends AbstractProcessor {

  /** The annotation that marks model types (read by name: the processor needs no Immutables on its path). */
  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  /** The package of the model types. */
  static final String MODEL_PACKAGE = "org.cocrea.core";
  /** The package and simple name of the class written. */
  static final String TARGET_PACKAGE = "org.cocrea.core.meta";
  static final String TARGET_CLASS = "GeneratedAccess";
  /** The simple name of the class with the model types' Jakarta Validation annotations. */
  static final String ANNOTATIONS_CLASS = "GeneratedAnnotations";
  /** The annotation naming the type an identifier refers to ({@code org.cocrea.core.Ref}). */
  static final String REF = "org.cocrea.core.Ref";

  /** The model types met so far, by qualified name (sorted, so the output does not depend on the rounds). */
  private final TreeMap<String, ModelType> types = new TreeMap<>();
  private boolean written;

  /** Creates the processor; javac does, through the service loader. */
  public ModelAccessProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e.getKind() == ElementKind.INTERFACE) {
          describe((TypeElement) e).ifPresent(t -> types.put(t.name(), t));
        }
      }
    }
    // written in the first round that met model types: the model's interfaces are all sources of that round
    if (!written && !types.isEmpty()) {
      written = true;
      write();
    }
    return false;
  }

  /** A model type: its canonical name, its builder's, and its attributes by slot. */
  record ModelType(String name, String simpleName, String builder, List<AttributeShape> attributes,
      String annotations) {}

  /**
   * One attribute: its accessor's name, its shape, the cast a required value needs, and the class literals of its
   * description ({@code Attribute}): element type, key type, reference target and the interface declaring the
   * accessor.
   */
  record AttributeShape(String name, String kind, String type, String element, String key, String ref,
      String owner) {}

  private Optional<ModelType> describe(TypeElement type) {
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    if (!pkg.equals(MODEL_PACKAGE) || type.getNestingKind().isNested()) {
      return Optional.empty();
    }
    List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
    Optional<String> builder = methods.stream()
        .filter(m -> m.getModifiers().contains(Modifier.STATIC) && m.getParameters().isEmpty()
            && m.getSimpleName().contentEquals("builder"))
        .map(ExecutableElement::getReturnType)
        .filter(r -> r.getKind() == TypeKind.DECLARED
            && ((DeclaredType) r).asElement().getEnclosingElement().equals(type))
        .map(r -> erasure(r))
        .findFirst();
    if (builder.isEmpty()) {
      return Optional.empty();
    }
    List<AttributeShape> attributes = new ArrayList<>();
    // its own accessors and those it inherits from the model's shared facets (Recorded, RecordedParts, Sourced)
    for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      String owner = processingEnv.getElementUtils().getPackageOf(m).getQualifiedName().toString();
      if (m.getModifiers().contains(Modifier.ABSTRACT) && !m.getModifiers().contains(Modifier.STATIC)
          && m.getParameters().isEmpty() && owner.equals(MODEL_PACKAGE)) {
        attributes.add(shape(m));
      }
    }
    attributes.sort(Comparator.comparing(AttributeShape::name));
    return Optional.of(new ModelType(type.getQualifiedName().toString(), type.getSimpleName().toString(),
        builder.get(), List.copyOf(attributes), annotations(type)));
  }

  // ------------------------------------------------------------------------------ Jakarta Validation annotations

  /** Methods that are not bean properties for a validator ({@code AccessorPropertySelectionStrategy}). */
  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "finalize", "builder");
  private static final String VALID = "jakarta.validation.Valid";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String MODEL_CONSTRAINTS = "org.cocrea.core.ModelConstraints";
  private static final String CONSTRAINTS = "jakarta.validation.constraints.";

  /**
   * The source of the expression that builds the type's {@code ModelAnnotations}: its class-level constraints and
   * {@code @Valid}, and the annotations of each property method that carries any, as reflection reads them at run
   * time ({@code Class.getMethods()}: the public methods of the interface and of those it extends, here without
   * {@code Object}'s); a property is an attribute's accessor when {@link #describe} takes it as one.
   */
  private String annotations(TypeElement type) {
    Site classSite = site(type.getAnnotationMirrors(), null);
    TreeMap<String, String> properties = new TreeMap<>();
    for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      Set<Modifier> modifiers = m.getModifiers();
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC) || !m.getParameters().isEmpty()
          || m.getReturnType().getKind() == TypeKind.VOID || NOT_PROPERTIES.contains(m.getSimpleName().toString())
          || declaring.getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      Site method = site(m.getAnnotationMirrors(), null);
      Site returned = site(m.getReturnType().getAnnotationMirrors(), m.getReturnType());
      if (method.isEmpty() && returned.isEmpty()) {
        continue;
      }
      String owner = processingEnv.getElementUtils().getPackageOf(m).getQualifiedName().toString();
      boolean attribute = modifiers.contains(Modifier.ABSTRACT) && owner.equals(MODEL_PACKAGE);
      properties.put(m.getSimpleName().toString(), "\n        new ModelAnnotations.Property("
          + processingEnv.getElementUtils().getConstantExpression(m.getSimpleName().toString()) + ", " + attribute
          + ", " + method.source() + ", " + returned.source() + ")");
    }
    return "new ModelAnnotations(" + !classSite.isEmpty() + ", java.util.List.of("
        + String.join(",", properties.values()) + "))";
  }

  /** The annotations at one place, as source: constraints (each an expression), {@code @Valid}, type arguments. */
  private record Site(List<String> constraints, boolean valid, List<Site> arguments) {
    boolean isEmpty() {
      return constraints.isEmpty() && !valid && arguments.stream().allMatch(Site::isEmpty);
    }

    String source() {
      if (constraints.isEmpty() && !valid && arguments.isEmpty()) {
        return "ModelAnnotations.Site.NONE";
      }
      StringBuilder s = new StringBuilder("site(").append(valid).append(", java.util.List.of(")
          .append(String.join(", ", constraints)).append(")");
      for (Site a : arguments) {
        s.append(", ").append(a.source());
      }
      return s.append(")").toString();
    }
  }

  /**
   * The annotations at one place; with a type, those of its type arguments too (a parameterized type's, as {@code
   * AnnotatedParameterizedType} gives them; none for other types).
   */
  private Site site(List<? extends AnnotationMirror> annotations, TypeMirror type) {
    List<String> constraints = new ArrayList<>();
    boolean valid = false;
    for (AnnotationMirror a : annotations) {
      TypeElement t = (TypeElement) a.getAnnotationType().asElement();
      if (!retainedAtRunTime(t)) {
        continue; // reflection does not see it
      }
      String name = processingEnv.getElementUtils().getBinaryName(t).toString();
      if (name.equals(VALID)) {
        valid = true;
      } else if (!name.equals(MODEL_CONSTRAINTS) && isConstraint(t)) {
        constraints.add(use(name, a));
      }
    }
    List<Site> arguments = new ArrayList<>();
    if (type != null && type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        arguments.add(site(argument.getAnnotationMirrors(), argument));
      }
    }
    return new Site(constraints, valid, arguments);
  }

  private boolean retainedAtRunTime(TypeElement annotationType) {
    for (AnnotationMirror m : annotationType.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("java.lang.annotation.Retention")) {
        return m.getElementValues().values().stream().anyMatch(v -> v.getValue().toString().equals("RUNTIME"));
      }
    }
    return false; // CLASS retention by default
  }

  /** What the pre-check takes for a constraint: meta-annotated {@code @Constraint}, or from a validation package. */
  private boolean isConstraint(TypeElement annotationType) {
    String pkg = processingEnv.getElementUtils().getPackageOf(annotationType).getQualifiedName().toString();
    return pkg.startsWith("jakarta.validation") || pkg.startsWith("javax.validation")
        || pkg.startsWith("org.hibernate.validator") || annotationType.getAnnotationMirrors().stream()
            .anyMatch(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                .contentEquals(CONSTRAINT));
  }

  /** The source of one constraint's {@code ModelAnnotations.Use}, with the values of the elements that matter. */
  private String use(String name, AnnotationMirror a) {
    List<String> keys = switch (name) {
      case CONSTRAINTS + "Size" -> List.of("min", "max");
      case CONSTRAINTS + "Pattern" -> List.of("regexp", "flags");
      case CONSTRAINTS + "DecimalMin", CONSTRAINTS + "DecimalMax" -> List.of("value", "inclusive");
      default -> List.of();
    };
    List<String> values = new ArrayList<>();
    var javac = processingEnv.getElementUtils();
    for (var e : javac.getElementValuesWithDefaults(a).entrySet()) {
      String key = e.getKey().getSimpleName().toString();
      if (!keys.contains(key)) {
        continue;
      }
      Object v = e.getValue().getValue();
      String literal;
      if (v instanceof List<?> list) { // Pattern.flags: enum constants
        List<String> names = new ArrayList<>();
        for (Object x : list) {
          names.add(javac.getConstantExpression(
              ((javax.lang.model.element.AnnotationValue) x).getValue().toString()));
        }
        literal = "java.util.List.of(" + String.join(", ", names) + ")";
      } else {
        literal = javac.getConstantExpression(v);
      }
      values.add(javac.getConstantExpression(key) + ", " + literal);
    }
    return "new ModelAnnotations.Use(" + javac.getConstantExpression(name) + ", java.util.Map.of("
        + String.join(", ", values) + "))";
  }

  /**
   * An accessor's attribute, described as {@code TypeInfo} did by reflection: the element type is the raw return type
   * of a required value, else the raw type of the container's (last) type argument; the key type that of a map's
   * first; the reference target the class of the accessor's own {@code @Ref}, {@code Void} when it has none.
   */
  private AttributeShape shape(ExecutableElement m) {
    TypeMirror returned = m.getReturnType();
    String kind = kind(returned);
    String element = erasure(returned);
    String key = "java.lang.Void";
    if (!kind.equals("REQUIRED")) {
      List<? extends TypeMirror> arguments = returned.getKind() == TypeKind.DECLARED
          ? ((DeclaredType) returned).getTypeArguments() : List.of();
      int expected = kind.equals("MAP") ? 2 : 1;
      if (arguments.size() != expected || arguments.stream().anyMatch(a -> a.getKind() != TypeKind.DECLARED)) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "a model accessor's " + kind + " needs " + expected + " class type argument(s), not " + arguments, m);
      } else {
        element = erasure(arguments.get(expected - 1));
        key = expected == 2 ? erasure(arguments.get(0)) : key;
      }
    }
    String ref = "java.lang.Void";
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(REF)) {
        for (var e : a.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")) {
            ref = erasure((TypeMirror) e.getValue().getValue());
          }
        }
      }
    }
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    return new AttributeShape(m.getSimpleName().toString(), kind, erasure(returned), element, key, ref, owner);
  }

  /** The raw type's name as source code spells it, without the type annotations a mirror prints. */
  private String erasure(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return erasure(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
    }
    return processingEnv.getTypeUtils().erasure(type).toString();
  }

  /** The attribute's shape, as {@code Attribute.Kind} names it at run time. */
  private String kind(TypeMirror returnType) {
    switch (erasure(returnType)) {
      case "java.util.Optional":
        return "OPTIONAL";
      case "java.util.List":
        return "LIST";
      case "java.util.Set":
        return "SET";
      case "java.util.Map":
        return "MAP";
      default:
        return "REQUIRED";
    }
  }

  private void write() {
    write(TARGET_CLASS, source(types.values()));
    write(ANNOTATIONS_CLASS, annotationsSource(types.values()));
  }

  private void write(String simpleName, String source) {
    try (Writer out = processingEnv.getFiler().createSourceFile(TARGET_PACKAGE + "." + simpleName).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "cannot write " + TARGET_PACKAGE + "." + simpleName + ": " + e.getMessage());
    }
  }

  /**
   * The source of the class that describes the Jakarta Validation annotations of these types ({@code
   * ModelAnnotations}); apart from the access class, so that only the field pre-check loads it.
   */
  static String annotationsSource(Iterable<ModelType> types) {
    StringBuilder s = new StringBuilder();
    classHeader(s, ANNOTATIONS_CLASS, false,
        " * The Jakarta Validation annotations of every model type, as {@code ModelAnnotations}, written by\n"
        + " * {@code org.cocrea.core.processor.ModelAccessProcessor} from the model interfaces at build time.\n");
    s.append("\n  /** The Jakarta Validation annotations of a model type, or null when the model has no such type. */"
        + "\n")
        .append("  static ModelAnnotations annotations(Class<?> type) {\n");
    switchByType(s, types, "annotationsOf", "()");
    s.append("\n")
        .append("  private static ModelAnnotations.Site site(boolean valid,\n")
        .append("      java.util.List<ModelAnnotations.Use> constraints, ModelAnnotations.Site... arguments) {\n")
        .append("    return new ModelAnnotations.Site(constraints, valid, java.util.List.of(arguments));\n  }\n");
    for (ModelType t : types) {
      s.append("\n  private static ModelAnnotations annotationsOf").append(t.simpleName()).append("() {\n")
          .append("    return ").append(t.annotations()).append(";\n  }\n");
    }
    s.append("}\n");
    return s.toString();
  }

  /** A generated class's package, Javadoc (its lines given), annotations, declaration and private constructor. */
  private static void classHeader(StringBuilder s, String className, boolean unchecked, String javadoc) {
    s.append("package ").append(TARGET_PACKAGE).append(";\n\n")
        .append("/**\n").append(javadoc).append(" */\n")
        .append("@javax.annotation.processing.Generated(\"org.cocrea.core.processor.ModelAccessProcessor\")\n");
    if (unchecked) {
      s.append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n");
    }
    s.append("final class ").append(className).append(" {\n\n")
        .append("  private ").append(className).append("() {}\n");
  }

  /**
   * The body of a lookup by type: a switch over the model types' names returning {@code prefix + simple name + suffix}
   * for each, null for any other type.
   */
  private static void switchByType(StringBuilder s, Iterable<ModelType> types, String prefix, String suffix) {
    s.append("    switch (type.getName()) {\n");
    for (ModelType t : types) {
      s.append("      case \"").append(t.name()).append("\":\n")
          .append("        return ").append(prefix).append(t.simpleName()).append(suffix).append(";\n");
    }
    s.append("      default:\n        return null;\n    }\n  }\n");
  }

  /** The source of the access class for these types. */
  static String source(Iterable<ModelType> types) {
    StringBuilder s = new StringBuilder();
    classHeader(s, TARGET_CLASS, true,
        " * The description of every model type's attributes and plain-call access to them and to its\n"
        + " * builder, by slot, written by {@code org.cocrea.core.processor.ModelAccessProcessor}\n"
        + " * from the model interfaces at build time.\n");
    s.append("\n  /** The access of a model type, with its attributes, or null when the model has no such type. */\n")
        .append("  static ModelAccess of(Class<?> type) {\n");
    switchByType(s, types, "new ", "Access()");
    for (ModelType t : types) {
      accessClass(s, t);
    }
    s.append("}\n");
    return s.toString();
  }

  private static void accessClass(StringBuilder s, ModelType t) {
    List<AttributeShape> attributes = t.attributes();
    s.append("\n  private static final class ").append(t.simpleName()).append("Access extends ModelAccess {\n")
        .append("    ").append(t.simpleName()).append("Access() {\n")
        .append("      super(");
    for (int i = 0; i < attributes.size(); i++) {
      AttributeShape a = attributes.get(i);
      s.append(i == 0 ? "\n" : ",\n").append("          Attribute.described(\"").append(a.name())
          .append("\", Attribute.Kind.").append(a.kind()).append(", ").append(a.element()).append(".class, ")
          .append(a.key()).append(".class, ").append(a.ref()).append(".class, ").append(a.owner()).append(".class)");
    }
    s.append(");\n    }\n\n")
        .append("    @Override\n    Object read(int slot, Object model) {\n")
        .append("      ").append(t.name()).append(" m = (").append(t.name()).append(") model;\n")
        .append("      switch (slot) {\n");
    for (int i = 0; i < attributes.size(); i++) {
      s.append("        case ").append(i).append(":\n          return m.").append(attributes.get(i).name())
          .append("();\n");
    }
    s.append("        default:\n          throw new IndexOutOfBoundsException(slot);\n      }\n    }\n\n")
        .append("    @Override\n    Object newBuilder() {\n      return ").append(t.name())
        .append(".builder();\n    }\n\n")
        .append("    @Override\n    void set(int slot, Object builder, Object value) {\n")
        .append("      ").append(t.builder()).append(" b = (").append(t.builder()).append(") builder;\n")
        .append("      switch (slot) {\n");
    for (int i = 0; i < attributes.size(); i++) {
      AttributeShape a = attributes.get(i);
      String argument = switch (a.kind()) {
        case "OPTIONAL" -> "(java.util.Optional) java.util.Optional.of(value)";
        case "LIST", "SET" -> "(Iterable) value";
        case "MAP" -> "(java.util.Map) value";
        default -> "(" + a.type() + ") value";
      };
      s.append("        case ").append(i).append(":\n          b.").append(a.name()).append('(').append(argument)
          .append(");\n          return;\n");
    }
    s.append("        default:\n          throw new IndexOutOfBoundsException(slot);\n      }\n    }\n\n")
        .append("    @Override\n    Object build(Object builder) {\n      return ((").append(t.builder())
        .append(") builder).build();\n    }\n  }\n");
  }
}
