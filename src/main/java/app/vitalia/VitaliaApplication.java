package app.vitalia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;

/**
 * Vitalia: one modular Spring Boot application serving the API and the web app.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
public class VitaliaApplication {

	public static void main(String[] args) {
		SpringApplication.run(VitaliaApplication.class, args);
	}

}
