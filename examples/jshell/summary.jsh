// Summary of every example PAL file: jurisdiction, STL seats by sector, commitments, milestones and conformance.
//
//   mvn -B -ntp -pl examples -am compile dependency:build-classpath -DincludeScope=runtime \
//       -Dmdep.outputFile=target/jshell.classpath
//   jshell --class-path "$(cat examples/target/jshell.classpath)" examples/jshell/summary.jsh
//
// Reads examples/pal/*.json (or the folder given with -R-Dcocrea.pal=DIR) with PalReader, which checks the schema
// and the references, then validates each exercise with the INAI_CORE profile as of the date its website was last
// updated. Ends with /exit.

// Hibernate Validator logs its version through jboss-logging: send it to SLF4J (no-op on this class path).
System.setProperty("org.jboss.logging.provider", "slf4j");

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.cocrea.core.*;
import org.cocrea.serialization.*;
import org.cocrea.validation.*;

Path palDir() {
  String given = System.getProperty("cocrea.pal");
  if (given != null) return Path.of(given);
  return Files.isDirectory(Path.of("examples", "pal")) ? Path.of("examples", "pal") : Path.of("pal");
}

String seats(LocalExercise e) {
  Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
  for (LocalTechnicalSecretariat stl : e.stls()) {
    for (StlMembership m : stl.memberships()) {
      boolean seat = m.role().map(r -> r != StlRole.FACILITATOR && r != StlRole.OBSERVER).orElse(true);
      if (seat && m.titular().orElse(true) && m.alternateOfId().isEmpty() && m.seatSector().isPresent()) {
        bySector.merge(m.seatSector().get(), 1L, Long::sum);
      }
    }
  }
  return bySector.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining(", "));
}

String progress(LocalExercise e) {
  List<Milestone> ms = e.plans().stream().flatMap(p -> p.commitments().stream())
      .flatMap(c -> c.milestones().stream()).collect(Collectors.toList());
  long done = ms.stream().filter(m -> m.status().orElse(null) == MilestoneStatus.COMPLETED
      || m.completedOn().isPresent()).count();
  long commitments = e.plans().stream().mapToLong(p -> p.commitments().size()).sum();
  String share = ms.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * done / ms.size());
  return "commitments: " + commitments + ", milestones: " + ms.size() + ", completed: " + done + " (" + share + ")";
}

String conformance(LocalExercise e) {
  ValidatorOptions.Builder options = ValidatorOptions.builder().locale(Locale.ENGLISH);
  e.websiteLastUpdated().map(org.cocrea.core.PartialDate::latest).ifPresent(options::asOf); // a month or year: its last day
  ValidationReport report = CocreaValidator.create(options.build()).validate(e);
  String errors = report.errors().stream().map(Finding::ruleId).distinct().sorted().collect(Collectors.joining(" "));
  return "conformance" + report.asOf().map(d -> " as of " + d).orElse("") + ": "
      + (report.conforms() ? "conforms" : "does not conform") + ", " + report.errors().size() + " errors"
      + (errors.isEmpty() ? "" : " [" + errors + "]") + ", " + report.warnings().size() + " warnings";
}

void summarise(PalReader reader, Path file) {
  ReadResult result = reader.read(file);
  System.out.println(file.getFileName());
  if (result.exercise().isEmpty()) {
    System.out.println("  unreadable: " + result.findings().size() + " problems");
    result.findings().forEach(f -> System.out.println("    " + f));
    return;
  }
  LocalExercise e = result.exercise().get();
  String place = e.jurisdiction().map(j -> j.name().orElse("?") + " (" + j.level().map(Enum::name).orElse("?")
      + ")").orElse("?");
  System.out.println("  id: " + e.id() + ", jurisdiction: " + place + ", step reached: " + e.stepReached().number());
  System.out.println("  file findings: " + result.findings().size());
  System.out.println("  STL seats: " + seats(e));
  System.out.println("  " + progress(e));
  System.out.println("  " + conformance(e));
}

PalReader reader = PalReader.create();
List<Path> files;
try (Stream<Path> listing = Files.list(palDir())) {
  files = listing.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
}
System.out.println("PAL files in " + palDir() + ": " + files.size());
for (Path file : files) summarise(reader, file);

/exit
