package org.cocrea.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cocrea.report.ReportFormat;
import org.cocrea.report.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code cocrea rules}: the rule catalogue, as text for people or as JSON ({@code {"rules": [{"id", "severity",
 * "category", "source", "messages": {"es", "en"}}]}}, messages being the rules' statements).
 */
@Command(name = RulesCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false, usageHelpAutoWidth = false)
final class RulesCommand implements Callable<Integer> {

  /** The subcommand's name on the command line. */
  static final String NAME = "rules";

  private final CliMessages messages;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "rules.format", defaultValue = "text")
  ReportFormat format;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "rules.lang", defaultValue = "es")
  Lang lang;

  @Option(names = "--all", descriptionKey = "rules.all")
  boolean all;

  RulesCommand(CliMessages messages) {
    this.messages = messages;
  }

  @Override
  public Integer call() {
    if (format != ReportFormat.TEXT && format != ReportFormat.JSON) {
      throw new Cli.LocalizedUsageException(spec.commandLine(), messages.get("error.rulesFormat"));
    }
    List<RuleDescriptor> rules = RuleDescriptor.all().stream().filter(r -> all || r.inCatalogue()).toList();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == ReportFormat.JSON ? json(rules) : text(rules));
    out.flush();
    return Cli.OK;
  }

  static String json(List<RuleDescriptor> rules) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("rules");
    for (RuleDescriptor r : rules) {
      ObjectNode n = array.addObject();
      n.put("id", r.id());
      n.put("severity", r.severity().name());
      n.put("category", r.category());
      n.put("source", r.source());
      ObjectNode m = n.putObject("messages");
      m.put("es", r.statementEs());
      m.put("en", r.statementEn());
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private String text(List<RuleDescriptor> rules) {
    Locale locale = lang.locale();
    CliMessages m = new CliMessages(lang);
    StringBuilder s = new StringBuilder();
    s.append(m.get("rules.title", rules.size())).append("\n");
    String category = null;
    for (RuleDescriptor r : rules) {
      if (!r.category().equals(category)) {
        category = r.category();
        s.append("\n").append(r.categoryLabel(locale)).append(" (").append(category).append(")\n");
      }
      s.append("  ").append(pad(r.id(), 8)).append(pad(r.severity().label(locale).toUpperCase(locale), 14))
          .append(r.statement(locale)).append("\n")
          .append(" ".repeat(24)).append(m.get("rules.source")).append(": ").append(r.source()).append("\n");
    }
    s.append("\n");
    if (!all) {
      List<RuleDescriptor> file = RuleDescriptor.all().stream()
          .filter(r -> RuleDescriptor.FILE.equals(r.category())).toList();
      List<RuleDescriptor> engine = RuleDescriptor.all().stream()
          .filter(r -> RuleDescriptor.ENGINE.equals(r.category())).toList();
      s.append(m.get("rules.more", file.stream().map(RuleDescriptor::id).collect(Collectors.joining(", ")),
          engine.stream().map(RuleDescriptor::id).collect(Collectors.joining(", ")))).append("\n");
    }
    s.append(m.get("rules.profiles")).append("\n");
    return s.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
