package org.cocrea.research.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.Rate;
import org.cocrea.core.analysis.Tally;
import org.cocrea.research.CorpusStatistics;
import org.cocrea.research.ExerciseSummary;
import org.cocrea.research.FailedFile;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.Severity;
import org.cocrea.validation.analysis.FamilyCompliance;
import org.cocrea.validation.analysis.RuleCompliance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statistics as JSON: codes as keys (the model's constant names), counts as numbers, rates as
 * {@code {"count", "total"}} objects (a percentage is left to the reader, since {@code total} may be 0). The language
 * only affects the failed files' reasons, which are the reader's messages.
 */
final class StatsJsonWriter implements StatsWriter {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Override
  public StatsFormat format() {
    return StatsFormat.JSON;
  }

  @Override
  public void write(CorpusStatistics s, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(s, "stats");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("corpus", s.root());
    root.put("asOf", s.asOf().toString());
    root.put("profile", s.profile().map(Enum::name).orElse(null));
    root.put("files", s.files());
    root.put("exercises", s.exercises().size());
    root.put("failedFiles", s.failures().size());
    root.put("conforming", s.conforming());
    ObjectNode verdicts = root.putObject("verdicts");
    s.byVerdict().forEach((v, n) -> verdicts.put(v.name(), n));
    root.put("notRecorded", s.notRecorded());
    ObjectNode headline = root.putObject("headline");
    StatsSections.headline(s.headline()).forEach(headline::put);
    ObjectNode tallies = root.putObject("tallies");
    for (StatsSections.Named n : StatsSections.tallies(s)) {
      tally(tallies.putObject(n.id()), n.tally());
    }
    IrmRatings irm = s.irmRatings();
    ObjectNode ratings = root.putObject("irmRates");
    ratings.put("commitments", irm.commitments());
    ratings.put("assessedCommitments", irm.assessedCommitments());
    rate(ratings.putObject("verifiable"), irm.verifiable());
    rate(ratings.putObject("openGovLens"), irm.openGovLens());
    rate(ratings.putObject("highCompletion"), irm.highCompletion());
    rate(ratings.putObject("starred"), irm.starred());
    ArrayNode families = root.putArray("familyCompliance");
    for (FamilyCompliance f : s.familyCompliance()) {
      ObjectNode n = families.addObject();
      n.put("family", f.family().name());
      n.put("rulesPassed", f.rulesPassed());
      n.put("rulesFailed", f.rulesFailed());
      n.put("rulesNotApplicable", f.rulesNotApplicable());
      n.put("exercisesPassed", f.exercisesPassed());
      n.put("exercisesFailed", f.exercisesFailed());
      n.put("exercisesNotApplicable", f.exercisesNotApplicable());
      n.put("rulesNotRecorded", f.rulesNotRecorded());
      n.put("exercisesNotRecorded", f.exercisesNotRecorded());
    }
    ArrayNode rules = root.putArray("ruleCompliance");
    for (RuleCompliance r : s.ruleCompliance()) {
      ObjectNode n = rules.addObject();
      n.put("ruleId", r.ruleId());
      n.put("family", r.family().map(Enum::name).orElse(null));
      n.put("severity", r.severity().name());
      n.put("exercisesPassed", r.exercisesPassed());
      n.put("exercisesFailed", r.exercisesFailed());
      n.put("exercisesNotApplicable", r.exercisesNotApplicable());
      n.put("subjectsPassed", r.subjectsPassed());
      n.put("subjectsFailed", r.subjectsFailed());
      n.put("exercisesNotRecorded", r.exercisesNotRecorded());
      n.put("subjectsNotRecorded", r.subjectsNotRecorded());
    }
    ArrayNode exercises = root.putArray("exerciseSummaries");
    for (ExerciseSummary e : s.exercises()) {
      ObjectNode n = exercises.addObject();
      n.put("exerciseId", e.exerciseId());
      n.put("source", e.source());
      n.put("title", e.title().orElse(null));
      n.put("conforms", e.conforms());
      n.put("verdict", e.verdict().name());
      n.put("notRecorded", e.notRecorded());
      ObjectNode findings = n.putObject("findings");
      for (Severity sev : Severity.values()) {
        findings.put(sev.name(), e.findings().getOrDefault(sev, 0));
      }
      ObjectNode compliance = n.putObject("compliance");
      for (Map.Entry<RuleFamily, Rate> c : e.compliance().entrySet()) {
        rate(compliance.putObject(c.getKey().name()), c.getValue());
      }
      tally(n.putObject("stlSeats"), e.stlSeats());
      tally(n.putObject("commitmentStatus"), e.commitmentStatus());
      n.put("commitments", e.commitments());
      n.put("milestones", e.milestones());
      n.put("regimeAtStart", e.regime().regime().name());
      n.put("guarantorSeat", e.regime().seat().name());
      n.put("state", e.regime().state().map(r -> r.state()).orElse(null));
    }
    ArrayNode failures = root.putArray("failures");
    for (FailedFile f : s.failures()) {
      ObjectNode n = failures.addObject();
      n.put("source", f.source());
      ArrayNode ids = n.putArray("ruleIds");
      f.ruleIds().forEach(ids::add);
      n.put("reason", f.reason());
    }
    out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    out.write("\n");
    out.flush();
  }

  private static void tally(ObjectNode node, Tally<?> t) {
    ObjectNode counts = node.putObject("counts");
    t.asMap().forEach((k, v) -> counts.put(StatsSections.code(k), v));
    node.put("missing", t.missing());
    node.put("observations", t.observations());
  }

  private static void rate(ObjectNode node, Rate r) {
    node.put("count", r.count());
    node.put("total", r.total());
  }
}
