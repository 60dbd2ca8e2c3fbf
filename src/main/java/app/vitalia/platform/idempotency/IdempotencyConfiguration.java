package app.vitalia.platform.idempotency;

import java.time.Clock;

import app.vitalia.platform.Idempotent;
import app.vitalia.platform.Problems;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

	@Bean
	IdempotencyStore idempotencyStore(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
		return new IdempotencyStore(jdbc, clock, properties);
	}

	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers, IdempotencyStore store,
			IdempotencyProperties properties, Problems problems,
			@Value("${vitalia.max-json-body:1MB}") DataSize maxBody) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(handlers, store, properties, problems, maxBody.toBytes()));
		registration.addUrlPatterns("/api/*");
		// after Spring Security (-100), which names the account, and the rate limit (0)
		registration.setOrder(10);
		return registration;
	}

	/** Declares the header on every idempotent operation of the OpenAPI document. */
	@Bean
	OperationCustomizer idempotencyKeyParameter() {
		return (operation, handler) -> {
			if (handler.hasMethodAnnotation(Idempotent.class)) {
				operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER)
					.required(false)
					.description("Repeat a request safely: the same key (per account) answers the first result again")
					.schema(new StringSchema().minLength(1).maxLength(255)));
			}
			return operation;
		};
	}

	@Bean
	ExpiredKeys expiredIdempotencyKeys(IdempotencyStore store) {
		return new ExpiredKeys(store);
	}

	/** Deletes keys past their retention. */
	static class ExpiredKeys {

		private final IdempotencyStore store;

		ExpiredKeys(IdempotencyStore store) {
			this.store = store;
		}

		@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
		void deleteExpired() {
			int deleted = this.store.deleteExpired();
			if (deleted > 0) {
				log.info("Deleted {} expired idempotency keys", deleted);
			}
		}

	}

}
