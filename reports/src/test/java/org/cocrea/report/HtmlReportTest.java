package org.cocrea.report;

import org.cocrea.report.internal.Html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.validation.Profile;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private final ReportWriter writer = ReportWriter.of(ReportFormat.HTML);

  @Test
  void markupFromFilesIsEscapedEverywhere() {
    String html = writer.render(ReportFixtures.run(ES));

    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(2)>");
    assertThat(html.indexOf("</style>")).isEqualTo(html.lastIndexOf("</style>"));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    assertThat(html).contains("&lt;/style&gt;&lt;script&gt;alert(&#39;3&#39;)&lt;/script&gt;");
    assertThat(html).doesNotContain("\u001b");
  }

  @Test
  void pageIsSelfContainedAndLoadsNothing() {
    String html = writer.render(ReportFixtures.run(ES));

    Matcher urls = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (urls.find()) {
      assertThat(urls.group(2)).as(urls.group()).startsWith("#");
    }
    assertThat(html).doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
  }

  @Test
  void pageDeclaresItsLanguageAndUsesAccessibleTables() {
    String es = writer.render(ReportFixtures.run(ES));
    String en = writer.render(ReportFixtures.run(EN));

    assertThat(es).startsWith("<!DOCTYPE html>\n<html lang=\"es-MX\">");
    assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(es).contains("<h1>Informe de validación de archivos PAL</h1>");
    assertThat(en).contains("<h1>PAL file validation report</h1>");
    assertThat(count(es, "<table")).isEqualTo(count(es, "<caption>"));
    assertThat(es).contains("<th scope=\"col\">").contains("<th scope=\"row\">");
  }

  @Test
  void everySvgImageHasATitleAndADescriptionOrIsHidden() {
    String html = writer.render(ReportFixtures.run(ES));
    Matcher svgs = Pattern.compile("<svg[^>]*>").matcher(html);
    int images = 0;
    while (svgs.find()) {
      String tag = svgs.group();
      assertThat(tag).as(tag).containsAnyOf("role=\"img\"", "aria-hidden=\"true\"");
      if (tag.contains("role=\"img\"")) {
        images++;
        Matcher labelled = Pattern.compile("aria-labelledby=\"([^\"]+)\"").matcher(tag);
        assertThat(labelled.find()).as(tag).isTrue();
        for (String id : labelled.group(1).split(" ")) {
          assertThat(html).contains("id=\"" + id + "\">");
        }
      }
    }
    assertThat(images).isEqualTo(3);   // two outcome bars and one timeline
    assertThat(html).contains("<desc id=\"file-1-plan-1-d\">Hitos de 2 compromisos al 2025-06-30: "
        + "1 completados, 1 atrasados, 2 pendientes. 1 hito sin fecha de entrega no aparece en el gráfico.</desc>");
  }

  @Test
  void timelineShowsDoneLateAndPendingAsOfTheDate() {
    String html = writer.render(ReportFixtures.run(ES));

    assertThat(count(html, "<g class=\"ms done\">")).isEqualTo(1);
    assertThat(count(html, "<g class=\"ms late\">")).isEqualTo(1);
    assertThat(count(html, "<g class=\"ms pending\">")).isEqualTo(1);   // the undated one is only in the table
    assertThat(html).contains("class=\"asof\"").contains("Fecha de corte 2025-06-30");
    assertThat(html).contains("<span class=\"st late\">Atrasado</span> (Tarde)");
    assertThat(html).contains("<td>sin fecha</td>");
  }

  @Test
  void aLaterAsOfDateTurnsPendingMilestonesLate() {
    ReportRun later = new ReportRun(List.of(ReportFixtures.readable(ES)), ES, Profile.INAI_CORE,
        java.time.LocalDate.of(2026, 1, 15), "0.1.0-test");
    String html = writer.render(later);

    assertThat(count(html, "<g class=\"ms late\">")).isEqualTo(2);
    assertThat(html).contains("Fecha de corte 2026-01-15 \u2192");
  }

  @Test
  void findingsLinkToTheirRuleInTheRulesSection() {
    String html = writer.render(ReportFixtures.run(ES));
    Matcher links = Pattern.compile("href=\"#(rule-[^\"]+)\"").matcher(html);
    int n = 0;
    while (links.find()) {
      n++;
      assertThat(html).contains("id=\"" + links.group(1) + "\"");
    }
    assertThat(n).isEqualTo(4);
    assertThat(html).contains("id=\"rule-json-01\"").contains("id=\"rule-ref-01\"").contains("id=\"rule-fld-01\"");
  }

  @Test
  void summaryHasOneRowPerFileLinkingToItsSection() {
    String html = writer.render(ReportFixtures.run(EN));

    assertThat(html).contains("<a href=\"#file-2\">broken.json</a>").contains("id=\"file-2\"");
    assertThat(html).contains("<span class=\"badge bad\">DOES NOT CONFORM</span>");
    assertThat(html).contains("<span class=\"badge ok\">CONFORMS</span>");
    assertThat(html).contains("The file could not be read");
  }

  @Test
  void idsAreUnique() {
    String html = writer.render(ReportFixtures.run(ES));
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as(ids.group(1)).isTrue();
    }
  }

  @Test
  void escapeReplacesCharactersHtmlCannotCarry() {
    assertThat(Html.escape("a\u0000b\u0007c\ud800d\uFFFEe\tf")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf");
    assertThat(Html.escape("😀 & ñ")).isEqualTo("😀 &amp; ñ");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @SuppressWarnings("unused")
  private static final Locale UNUSED = Locale.ROOT;
}
