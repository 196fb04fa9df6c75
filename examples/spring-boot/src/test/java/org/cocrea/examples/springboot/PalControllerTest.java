package org.cocrea.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.validation.CocreaValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;

/** The service end to end through MockMvc, on Spring Boot 4's own Jackson 3 and Hibernate Validator. */
@SpringBootTest
@AutoConfigureMockMvc
class PalControllerTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  CocreaValidator validator;

  private static LocalExercise exercise(String title) {
    return LocalExercise.builder().id("mx-test")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .addCommitment(Commitment.builder().id("c-1").title(title).build()).build())
        .build();
  }

  @Test
  void a_pal_file_posted_gives_the_json_report_with_located_findings() throws Exception {
    byte[] durango = Files.readAllBytes(Path.of("..", "pal", "mx-dur-2015.json"));
    mvc.perform(post("/pal/check").contentType(MediaType.APPLICATION_JSON).header("X-File-Name", "mx-dur-2015.json")
            .content(durango))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.reportVersion").value("1.0"))
        .andExpect(jsonPath("$.asOf").value(LocalDate.now(ZoneId.of("America/Mexico_City")).toString()))
        .andExpect(jsonPath("$.lang").value("es"))
        .andExpect(jsonPath("$.conforms").value(false))
        .andExpect(jsonPath("$.files[0].path").value("mx-dur-2015.json"))
        .andExpect(jsonPath("$.files[0].findings[0].ruleId").isString())
        .andExpect(jsonPath("$.files[0].findings[0].line").isNumber())
        .andExpect(jsonPath("$.files[0].rules").isNotEmpty());
  }

  @Test
  void a_broken_file_is_a_report_too() throws Exception {
    mvc.perform(post("/pal/check").contentType(MediaType.APPLICATION_JSON).content("{\"schemaVersion\": "))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.files[0].findings[0].ruleId").value("JSON-01"))
        .andExpect(jsonPath("$.files[0].rules").isEmpty());
  }

  @Test
  void valid_on_the_model_rejects_a_blank_commitment_title_with_400() throws Exception {
    mvc.perform(post("/exercises").contentType(MediaType.APPLICATION_JSON)
            .content(CocreaJson.write(exercise("   "))))
        .andExpect(status().isBadRequest())
        .andExpect(result -> {
          // the 400 is Bean Validation's, at the value's path, not a body that could not be read
          assertThat(result.getResolvedException()).isInstanceOf(MethodArgumentNotValidException.class);
          BindingResult errors = ((MethodArgumentNotValidException) result.getResolvedException()).getBindingResult();
          assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
              .containsExactly("plans[0].commitments[0].title");
        });
    mvc.perform(post("/exercises").contentType(MediaType.APPLICATION_JSON)
            .content(CocreaJson.write(exercise("Datos abiertos"))))
        .andExpect(status().is(422)) // readable and well-formed, but far from the minimum standards
        .andExpect(jsonPath("$.files[0].path").value("mx-test"))
        .andExpect(jsonPath("$.files[0].findings").isNotEmpty());
  }

  /**
   * Issue 16: the messages of {@code @Valid} on the model follow the request's {@code Accept-Language} (Spring's
   * LocaleContextHolder, through Hibernate Validator's message interpolation): English for {@code en}, Mexican
   * Spanish when the request names no language ({@code spring.web.locale}), never the server's default locale.
   */
  @Test
  void valid_messages_follow_the_requests_accept_language() throws Exception {
    String blank = CocreaJson.write(exercise(" "));
    assertThat(titleMessage(blank, "en")).isEqualTo("must not be blank");
    assertThat(titleMessage(blank, "en-US,en;q=0.9")).isEqualTo("must not be blank");
    assertThat(titleMessage(blank, "es-MX")).isEqualTo("no debe estar en blanco");
    assertThat(titleMessage(blank, null)).isEqualTo("no debe estar en blanco");
  }

  /** The message of the 400's one field error, for a request in a language (none when null). */
  private String titleMessage(String body, String acceptLanguage) throws Exception {
    var request = post("/exercises").contentType(MediaType.APPLICATION_JSON).content(body);
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    var result = mvc.perform(request).andExpect(status().isBadRequest()).andReturn();
    BindingResult errors = ((MethodArgumentNotValidException) result.getResolvedException()).getBindingResult();
    assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
        .containsExactly("plans[0].commitments[0].title");
    return errors.getFieldErrors().get(0).getDefaultMessage();
  }

  @Test
  void thresholds_and_settings_come_from_application_properties() {
    assertThat(validator.options().thresholds()).containsEntry("STL-06.maxGapDays", 200.0);
    assertThat(validator.options().locale().toLanguageTag()).isEqualTo("es-MX");
    assertThat(validator.options().asOf()).isEmpty();
  }
}
