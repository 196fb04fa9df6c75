package org.cocrea.serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.validation.Finding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's single streaming parse: builds the Jackson tree of a document and, at the same time, the location of
 * every value ({@link Locations}). Iterative, so that nesting is bounded by the configured depth and never by the
 * Java stack. Syntax errors, limits and repeated keys become located findings; floating-point numbers are kept as
 * exact decimals. Thread-safe: one instance per set of limits.
 *
 * <p>Two ways in: {@link #parseUtf8} parses the bytes of a document that is certainly UTF-8 and gives up at the first
 * thing that would be a finding; {@link #parse} parses decoded characters and reports everything. For a document both
 * can read they build the same tree and the same locations (BytePathTest compares them).
 */
final class LocatingParser {

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern CTRL_CODE = Pattern.compile("code (\\d+)");

  private final JsonFactory factory;
  private final ReaderOptions options;

  LocatingParser(ReaderOptions options) {
    this.options = options;
    // property names interned (once per name: the factory's symbol table keeps them across documents), so that the
    // schema check and the binding find each name in their maps by identity (their keys are interned too)
    this.factory = JsonFactory.builder()
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(options.maxDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            .maxNumberLength(options.maxNumberLength())
            .maxTokenCount(options.maxTokens())
            .build())
        .build();
  }

  /** The outcome of a parse: the tree and its locations (both null when the document is not usable) and findings. */
  record Parsed(JsonNode root, Locations locations, List<Finding> findings) {}

  /** Parses decoded text. Never throws for bad content. */
  Parsed parse(char[] text, int length) {
    Locale locale = options.locale();
    List<Finding> findings = new ArrayList<>();
    if (isBlank(text, length)) {
      findings.add(FileMessages.error(FileRules.JSON_SYNTAX, "empty", "", locale).withLocation(1, 1));
      return new Parsed(null, null, findings);
    }
    if (text[0] == '\uFEFF') {
      // one byte order mark is skipped before the text is decoded; another one is a character where JSON allows none,
      // which the parser would skip silently (issue 15, B1)
      findings.add(FileMessages.error(FileRules.JSON_SYNTAX, "syntax", "", locale, show(text, 0)).withLocation(1, 1));
      return new Parsed(null, null, findings);
    }
    Builder builder = new Builder(findings, locale, options.maxNumberExponent());
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text, 0, length)) {
      try {
        builder.run(p);
      } catch (OutOfRange e) {
        findings.add(e.finding);
        return new Parsed(null, null, findings);
      } catch (StreamConstraintsException e) {
        findings.add(limit(e, p, text, length));
        return new Parsed(null, null, findings);
      } catch (JacksonException e) {
        findings.add(syntax(e, p, text, length, builder.rootDone));
        return new Parsed(null, null, findings);
      }
    } catch (JacksonException e) {
      // closing a char-array parser does not fail; nothing to report
    }
    if (builder.rootProblem != null) {
      return new Parsed(null, null, findings);
    }
    return new Parsed(builder.root, builder.recorder.build(builder.root, builder.rootLocation, null), findings);
  }

  /**
   * Parses UTF-8 bytes directly, the fast path for documents that are well-formed: no character array is decoded and
   * no location object is built per value. Gives up (returns null) on anything the character path reports, so that its
   * findings stay exactly as they are: a syntax error, a limit, a repeated key, a root that is not an object.
   *
   * @param bytes the document
   * @param start where the text starts (after a byte order mark)
   * @param end where it ends
   * @param ascii whether every byte of the text is ASCII (columns are then byte columns)
   * @return the tree and its locations, without findings; or null, when the character path must parse the document
   */
  Parsed parseUtf8(byte[] bytes, int start, int end, boolean ascii) {
    // strict UTF-8 holds no surrogate: a lone one can only come from an escape, which needs a backslash
    Builder builder = new Builder(new ArrayList<>(), options.locale(), true, !ascii,
        SourceText.holdsBackslash(bytes, start, end), options.maxNumberExponent());
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes, start, end - start)) {
      if (!(p instanceof ParserBase)) {
        return null;
      }
      builder.run(p);
    } catch (NotSure | JacksonException e) {
      return null;
    }
    byte[] text = ascii ? null : java.util.Arrays.copyOfRange(bytes, start, end);
    return new Parsed(builder.root, builder.recorder.build(builder.root, builder.rootLocation, text), List.of());
  }

  private Finding limit(StreamConstraintsException e, JsonParser p, char[] text, int length) {
    String message = String.valueOf(e.getOriginalMessage());
    Locale locale = options.locale();
    Finding f;
    if (message.contains("nesting depth")) {
      f = FileMessages.error(FileRules.LIM_DEPTH, "message", "", locale, Integer.toString(options.maxDepth()));
    } else if (message.contains("Number value length")) {
      f = FileMessages.error(FileRules.LIM_NUMBER, "message", "", locale,
          Integer.toString(options.maxNumberLength()));
    } else if (message.contains("Token count")) {
      f = FileMessages.error(FileRules.LIM_TOKENS, "message", "", locale,
          String.format(locale, "%,d", options.maxTokens()));
    } else if (message.contains("String value length") || message.contains("Name length")) {
      f = FileMessages.error(FileRules.LIM_STRING, "message", "", locale,
          Integer.toString(options.maxStringLength()));
    } else {
      return syntax(e, p, text, length, false);
    }
    if (f.ruleId().equals(FileRules.LIM_DEPTH)) {
      // the parser stands just after the bracket that opened one level too many
      TokenStreamLocation after = p.currentLocation();
      return f.withLocation(Math.max(1, after.getLineNr()), Math.max(1, after.getColumnNr() - 1));
    }
    // a value too long starts at the current token; a property name too long is being read after it
    return located(f, message.contains("Name length") ? p.currentLocation() : p.currentTokenLocation(), p);
  }

  private Finding syntax(JacksonException e, JsonParser p, char[] text, int length, boolean rootDone) {
    Locale locale = options.locale();
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String message = String.valueOf(e.getOriginalMessage());
    int offset = where == null ? -1 : (int) Math.min(Integer.MAX_VALUE, where.getCharOffset());
    String at = offset >= 0 && offset < length ? show(text, offset) : "";
    Finding f;
    if (rootDone) {
      f = FileMessages.error(FileRules.JSON_SYNTAX, "trailing", "", locale, at);
    } else if (e instanceof UnexpectedEndOfInputException || (offset >= length && !message.contains("code"))) {
      f = FileMessages.error(FileRules.JSON_SYNTAX, "eof", "", locale);
    } else if (message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
      Matcher m = QUOTED.matcher(message);
      String token = m.find() ? m.group(1) : at;
      f = FileMessages.error(FileRules.JSON_SYNTAX, "nan", "", locale, token);
      if (where != null && where.getColumnNr() > token.length() && offset >= token.length() && offset <= length
          && new String(text, offset - token.length(), token.length()).equals(token)) {
        // the parser stands just after the token: point at its start
        return f.withLocation(where.getLineNr(), where.getColumnNr() - token.length());
      }
    } else if (message.contains("comment")) {
      f = FileMessages.error(FileRules.JSON_SYNTAX, "comment", "", locale, at);
    } else if (message.contains("CTRL-CHAR")) {
      Matcher m = CTRL_CODE.matcher(message);
      f = FileMessages.error(FileRules.JSON_SYNTAX, "control", "", locale, m.find() ? m.group(1) : "?");
    } else {
      f = FileMessages.error(FileRules.JSON_SYNTAX, "syntax", "", locale, at);
    }
    return located(f, where, p);
  }

  private static Finding located(Finding f, TokenStreamLocation where, JsonParser p) {
    TokenStreamLocation w = where != null && where.getLineNr() > 0 ? where : p.currentLocation();
    int line = Math.max(1, w.getLineNr());
    int column = Math.max(1, w.getColumnNr());
    return f.withLocation(line, column);
  }

  private static String show(char[] text, int offset) {
    char c = text[offset];
    if (Character.isHighSurrogate(c) && offset + 1 < text.length && Character.isLowSurrogate(text[offset + 1])) {
      return new String(text, offset, 2);
    }
    if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)
        || Character.getType(c) == Character.FORMAT) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    return String.valueOf(c);
  }

  private static boolean isBlank(char[] text, int length) {
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** One open container during the parse; reused for every container at the same depth. */
  private static final class Frame {
    JsonNode node;
    ObjectNode object; // node, when it is an object
    Frame parent;
    String nameInParent;
    int indexInParent;
    int container;
    long[] locations = new long[8];
    int[] containers = new int[8];
    int count;
    String pendingName;
    boolean skipping;
    Frame child; // the frame kept for the next depth

    Frame reset(JsonNode node, Frame parent, String nameInParent, int indexInParent, int container) {
      this.node = node;
      this.object = node.isObject() ? (ObjectNode) node : null;
      this.parent = parent;
      this.nameInParent = nameInParent;
      this.indexInParent = indexInParent;
      this.container = container;
      this.count = 0;
      this.pendingName = null;
      this.skipping = false;
      return this;
    }

    void add(long location, int container) {
      if (count == locations.length) {
        locations = java.util.Arrays.copyOf(locations, count * 2);
        containers = java.util.Arrays.copyOf(containers, count * 2);
      }
      locations[count] = location;
      containers[count++] = container;
    }

    Frame next() {
      if (child == null) {
        child = new Frame();
      }
      return child;
    }

    String pointer() {
      StringBuilder s = new StringBuilder();
      List<String> tokens = new ArrayList<>();
      for (Frame f = this; f != null && f.parent != null; f = f.parent) {
        tokens.add(f.nameInParent != null ? ModelWalker.escape(f.nameInParent) : Integer.toString(f.indexInParent));
      }
      for (int i = tokens.size() - 1; i >= 0; i--) {
        s.append('/').append(tokens.get(i));
      }
      return s.toString();
    }
  }

  /** The fast byte path met something only the character path reports exactly: parse the characters instead. */
  private static final class NotSure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotSure INSTANCE = new NotSure();

    private NotSure() {
      super("not sure", null, false, false);
    }
  }

  /** A number out of the bounds of {@link ReaderOptions#maxNumberExponent()}: the document is not read further. */
  private static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Finding finding;

    OutOfRange(Finding finding) {
      super(finding.ruleId(), null, false, false);
      this.finding = finding;
    }
  }

  /**
   * Builds the tree token by token. In character mode (every document the byte path is not sure of) it records
   * {@link JsonParser#currentTokenLocation()} of each value and reports repeated keys; in byte mode it records the
   * token's line with its byte column (ASCII text) or byte offset (other text), read from the parser without building
   * a location object, and gives up on a repeated key or a root that is not an object.
   */
  private static final class Builder {
    final List<Finding> findings;
    final Locale locale;
    final boolean bytes;
    final boolean offsets;
    final boolean escapes;
    final Locations.Recorder recorder = new Locations.Recorder();
    final JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode root;
    long rootLocation;
    boolean rootDone;
    Finding rootProblem;
    final int maxExponent;

    /** A character-mode builder. */
    Builder(List<Finding> findings, Locale locale, int maxExponent) {
      this(findings, locale, false, false, true, maxExponent);
    }

    /**
     * @param bytes whether the parser reads bytes (and the builder gives up instead of reporting)
     * @param offsets whether locations are byte offsets instead of columns
     * @param escapes whether the text may hold escapes (a backslash), without which no string holds a lone surrogate
     * @param maxExponent the bound of {@link NumberBounds}
     */
    Builder(List<Finding> findings, Locale locale, boolean bytes, boolean offsets, boolean escapes, int maxExponent) {
      this.findings = findings;
      this.locale = locale;
      this.maxExponent = maxExponent;
      this.bytes = bytes;
      this.offsets = offsets;
      this.escapes = escapes;
    }

    private long location(JsonParser p) {
      if (bytes) {
        ParserBase b = (ParserBase) p;
        // the parser keeps the position just after the token's first byte: column and offset are one ahead
        return Locations.pack(b.getTokenLineNr(),
            offsets ? (int) (b.getTokenCharacterOffset() - 1) : b.getTokenColumnNr() - 1);
      }
      TokenStreamLocation l = p.currentTokenLocation();
      return Locations.pack(l.getLineNr(), l.getColumnNr());
    }

    void run(JsonParser p) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        if (bytes) {
          throw NotSure.INSTANCE;
        }
        TokenStreamLocation start = p.currentTokenLocation();
        rootProblem = FileMessages.error(FileRules.JSON_SYNTAX, "root", "", locale, jsonType(first))
            .withLocation(Math.max(1, start.getLineNr()), Math.max(1, start.getColumnNr()));
        findings.add(rootProblem);
        return;
      }
      root = nodes.objectNode();
      rootLocation = location(p);
      Frame frame = new Frame().reset(root, null, null, -1, recorder.open());
      while (frame != null) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new UnexpectedEndOfInputException(p, null, "end of input inside the root object");
        }
        if (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          frame.pendingName = name;
          checked(name, p, frame, name);
          if (bytes) {
            continue; // a repeated name is noticed when its value is set
          }
          frame.skipping = frame.node.has(name);
          if (frame.skipping) {
            TokenStreamLocation l = p.currentTokenLocation();
            findings.add(FileMessages.error(FileRules.JSON_DUPLICATE, "message",
                    frame.pointer() + "/" + ModelWalker.escape(name), locale, name)
                .withLocation(l.getLineNr(), l.getColumnNr()));
          }
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          recorder.close(frame.container, frame.locations, frame.containers, frame.count);
          frame = frame.parent;
          continue;
        }
        long location = location(p);
        JsonNode value;
        switch (t) {
          case START_OBJECT -> value = nodes.objectNode();
          case START_ARRAY -> value = nodes.arrayNode();
          case VALUE_STRING -> value = nodes.stringNode(checked(p.getString(), p, frame, frame.pendingName));
          case VALUE_NUMBER_INT -> value = switch (p.getNumberType()) {
            case INT -> nodes.numberNode(p.getIntValue());
            case LONG -> nodes.numberNode(p.getLongValue());
            default -> nodes.numberNode(p.getBigIntegerValue());
          };
          case VALUE_NUMBER_FLOAT -> value = decimal(p, frame);
          case VALUE_TRUE -> value = BooleanNode.TRUE;
          case VALUE_FALSE -> value = BooleanNode.FALSE;
          case VALUE_NULL -> value = NullNode.instance;
          default -> throw new IllegalStateException("unexpected token " + t);
        }
        boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        int number = container ? recorder.open() : -1;
        Frame child = null;
        if (frame.object != null) {
          if (bytes) {
            if (frame.object.putIfAbsent(frame.pendingName, value) != null) {
              throw NotSure.INSTANCE;
            }
            frame.add(location, number);
          } else if (!frame.skipping) {
            frame.object.set(frame.pendingName, value);
            frame.add(location, number);
          }
          if (container) {
            child = frame.next().reset(value, frame, frame.pendingName, -1, number);
          }
        } else {
          int index = frame.count;
          ((ArrayNode) frame.node).add(value);
          frame.add(location, number);
          if (container) {
            child = frame.next().reset(value, frame, null, index, number);
          }
        }
        if (child != null) {
          frame = child;
        }
      }
      rootDone = true;
      if (p.nextToken() != null) {
        TokenStreamLocation l = p.currentTokenLocation();
        throw new tools.jackson.core.exc.StreamReadException(p, "trailing content", l);
      }
    }

    /**
     * A string or property name, with a {@code JSON-02} finding when it holds a lone surrogate (an escaped
     * {@code "\\ud800"} without its pair: no Unicode encoding can write it). The value is kept as read, so that
     * reports can show it; the byte path gives up, so that the character path reports it. Text without escapes is
     * not looked at: on the byte path it is strict UTF-8, which cannot encode a surrogate.
     */
    private String checked(String text, JsonParser p, Frame frame, String name) {
      if (!escapes || !hasLoneSurrogate(text)) {
        return text;
      }
      if (bytes) {
        throw NotSure.INSTANCE;
      }
      String pointer = frame.pointer() + "/"
          + (frame.object != null ? ModelWalker.escape(name) : Integer.toString(frame.count));
      TokenStreamLocation l = p.currentTokenLocation();
      findings.add(FileMessages.error(FileRules.JSON_ENCODING, "surrogate", pointer, locale)
          .withLocation(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())));
      return text;
    }

    private static boolean hasLoneSurrogate(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A floating-point number, bounded before it is converted ({@link NumberBounds}): out of bounds, the byte path
     * gives up and the character path stops with a located {@code LIM-04} finding at the number's pointer.
     */
    private JsonNode decimal(JsonParser p, Frame frame) {
      String text = p.getString();
      boolean within = NumberBounds.within(text, maxExponent);
      java.math.BigDecimal exact = within ? new java.math.BigDecimal(text) : null;
      if (!within || NumberBounds.fractionalBeyondLong(exact)) {
        if (bytes) {
          throw NotSure.INSTANCE;
        }
        String pointer = frame.pointer() + "/"
            + (frame.object != null ? ModelWalker.escape(frame.pendingName) : Integer.toString(frame.count));
        TokenStreamLocation l = p.currentTokenLocation();
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        throw new OutOfRange((within
            ? FileMessages.error(FileRules.LIM_NUMBER, "fraction", pointer, locale, shown)
            : FileMessages.error(FileRules.LIM_NUMBER, "exponent", pointer, locale, shown, Integer.toString(maxExponent)))
            .withLocation(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())));
      }
      Number n = NumberBounds.value(exact);
      return n instanceof java.math.BigInteger i ? nodes.numberNode(i) : DecimalNode.valueOf((java.math.BigDecimal) n);
    }

    private static String jsonType(JsonToken t) {
      if (t == null) {
        return "null";
      }
      return switch (t) {
        case START_ARRAY -> "array";
        case VALUE_STRING -> "string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
        case VALUE_TRUE, VALUE_FALSE -> "boolean";
        default -> "null";
      };
    }
  }
}
