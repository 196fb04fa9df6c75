package org.cocrea.examples.springboot;

import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.CocreaValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** Cocrea's beans: the Jackson module (Spring Boot adds every module bean to its mapper), a checker, a validator. */
@Configuration(proxyBeanMethods = false)
public class CocreaConfiguration {

  /**
   * The model's JSON form and the report's, for request and response bodies.
   *
   * @return the module
   */
  @Bean
  JacksonModule cocreaModule() {
    return CocreaJson.module();
  }

  /**
   * One checker for the service: thread-safe, and it reads the date at each check.
   *
   * @param properties the settings
   * @return the checker
   */
  @Bean
  PalChecker palChecker(CocreaProperties properties) {
    return PalChecker.create(properties.validatorOptions(), ReaderOptions.defaults());
  }

  /**
   * One validator for exercises built in memory or received as model objects.
   *
   * @param properties the settings
   * @return the validator
   */
  @Bean
  CocreaValidator cocreaValidator(CocreaProperties properties) {
    return CocreaValidator.create(properties.validatorOptions());
  }
}
