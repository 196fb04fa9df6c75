package org.cocrea.examples.springboot3;

import org.cocrea.validation.CocreaValidator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application: Cocrea's validator as a bean, beside Spring Boot 3.5's Jackson 2 and Hibernate Validator 8. */
@SpringBootApplication
public class ExerciseApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ExerciseApplication.class, args);
  }

  /**
   * The rule engine, on its defaults (Spanish, INAI core profile, today in Mexico City at each check).
   *
   * @return the validator
   */
  @Bean
  CocreaValidator cocreaValidator() {
    return CocreaValidator.create();
  }
}
