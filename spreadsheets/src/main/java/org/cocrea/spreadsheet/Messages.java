package org.cocrea.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The module's messages, Spanish (es-MX, the default) and English, never in the JVM's default locale. */
final class Messages {

  private static final Properties ES = load("messages.properties");
  private static final Properties EN = load("messages_en.properties");

  private Messages() {}

  static boolean english(Locale locale) {
    return locale.getLanguage().equals("en");
  }

  static String get(String key, Locale locale, List<String> arguments) {
    Properties p = english(locale) ? EN : ES;
    String pattern = p.getProperty(key, ES.getProperty(key, key));
    if (arguments.isEmpty()) {
      return pattern.replace("''", "'");
    }
    Object[] args = arguments.toArray();
    for (int i = 0; i < args.length; i++) {
      String a = arguments.get(i);
      if ((a.startsWith("limit.") || a.startsWith("notWorkbook.") || a.startsWith("type.")) && ES.containsKey(a)) {
        args[i] = get(a, locale, arguments.subList(0, 0)).isEmpty() ? a : format(p.getProperty(a, ES.getProperty(a)),
            locale, arguments.toArray());
      }
    }
    return format(pattern, locale, args);
  }

  private static String format(String pattern, Locale locale, Object[] args) {
    MessageFormat format = new MessageFormat(pattern, english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"));
    return format.format(args);
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
