package org.cocrea.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The service's entry point.
 *
 * <pre>{@code
 * mvn -pl examples/spring-boot -am spring-boot:run
 * }</pre>
 */
@SpringBootApplication
@EnableConfigurationProperties(CocreaProperties.class)
public class PalService {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(PalService.class, args);
  }
}
