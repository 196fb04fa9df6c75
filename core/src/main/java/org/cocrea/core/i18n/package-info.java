/**
 * Cocrea's two languages, decided in one place: {@link org.cocrea.core.i18n.Texts} chooses English or Spanish (es-MX)
 * for a locale, never the JVM's default, and reads any module's message bundle in that language.
 *
 * <pre>{@code
 * Texts texts = Texts.of(l -> ResourceBundle.getBundle("org.cocrea.report.labels", l), locale);
 * String title = texts.get("report.title");
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.core.i18n;
