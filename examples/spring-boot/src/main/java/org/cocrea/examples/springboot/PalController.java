package org.cocrea.examples.springboot;

import jakarta.validation.Valid;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.PalChecker;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ValidationReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints: check a PAL file, validate an exercise. */
@RestController
public class PalController {

  private final PalChecker checker;
  private final CocreaValidator validator;

  PalController(PalChecker checker, CocreaValidator validator) {
    this.checker = checker;
    this.validator = validator;
  }

  /**
   * Checks a PAL file (its bytes as sent: syntax, schema, references, constraints, rules) and returns the JSON
   * report: 200 when it conforms, 422 when it does not (the report says why, with lines and columns).
   *
   * @param file the file's bytes
   * @param name the file's name for the report, {@code X-File-Name}; {@code upload.json} when absent
   * @return the report
   */
  @PostMapping(path = "/pal/check", consumes = {MediaType.APPLICATION_JSON_VALUE,
      MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CheckResult> check(@RequestBody byte[] file,
      @RequestHeader(name = "X-File-Name", defaultValue = "upload.json") String name) {
    CheckResult result = checker.check(file, name);
    return ResponseEntity.status(result.report().conforms() ? HttpStatus.OK : HttpStatus.valueOf(422))
        .body(result);
  }

  /**
   * Validates an exercise sent as a model object: {@code @Valid} rejects a field that breaks a constraint (400)
   * before the method runs; the rules then give the report.
   *
   * @param exercise the exercise
   * @return the report: 200 when it conforms, 422 otherwise
   */
  @PostMapping(path = "/exercises", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ValidationReport> validate(@Valid @RequestBody LocalExercise exercise) {
    ValidationReport report = validator.validate(exercise);
    return ResponseEntity.status(report.conforms() ? HttpStatus.OK : HttpStatus.valueOf(422))
        .body(report);
  }
}
