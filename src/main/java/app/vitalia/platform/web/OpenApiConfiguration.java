package app.vitalia.platform.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: bearer authentication, the problem-details schema, and the 4xx
 * answers every operation can give, declared on each operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String SPRINGDOC = "org.springdoc.";

	/**
	 * SpringDoc's beans (the document's builder, its model resolvers, our document and
	 * customizers) are made when the document is first asked for (about 1.2 s, once), not
	 * at every start, for pages that developers open now and then. Swagger UI's MVC
	 * configuration is still made at start, with what it needs, because Spring MVC
	 * collects every configurer then. With this, turning SpringDoc off entirely makes a
	 * start no faster ({@code docs/benchmarks.md}).
	 */
	@Bean
	static BeanFactoryPostProcessor lazyApiDocs() {
		return factory -> {
			for (String name : factory.getBeanDefinitionNames()) {
				BeanDefinition definition = factory.getBeanDefinition(name);
				if (fromSpringDoc(factory, definition)) {
					definition.setLazyInit(true);
				}
			}
		};
	}

	private static boolean fromSpringDoc(ConfigurableListableBeanFactory factory, BeanDefinition definition) {
		String type = definition.getBeanClassName();
		if (type == null && definition.getFactoryBeanName() != null
				&& factory.containsBeanDefinition(definition.getFactoryBeanName())) {
			type = factory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
		}
		return type != null && (type.startsWith(SPRINGDOC) || type.equals(OpenApiConfiguration.class.getName()));
	}

	static final String PROBLEM = "Problem";

	private static final Map<String, String> COMMON_RESPONSES = Map.of("400",
			"Malformed JSON or invalid fields (listed in `errors`)", "401", "Missing, invalid or expired access token",
			"403", "Signed in but not allowed", "404", "No such resource, or not yours", "409",
			"Conflicts with the current state", "413", "Request body too large", "415", "Unsupported content type",
			"429", "Rate limit hit: see Retry-After", "500", "Unexpected failure (no internals disclosed)");

	@Bean
	OpenAPI vitaliaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Vitalia API")
				.version("v1")
				.description("Nutrition, appointments and more for members, clinicians and admins. "
						+ "Errors are RFC 9457 problem details."))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations().forEach(operation -> COMMON_RESPONSES.forEach((status, text) -> {
				if (!operation.getResponses().containsKey(status)) {
					operation.getResponses()
						.addApiResponse(status, new ApiResponse().description(text)
							.content(new Content().addMediaType("application/problem+json",
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
				}
			})));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema violation = new ObjectSchema();
		violation.addProperty("field", new StringSchema().maxLength(200));
		violation.addProperty("code", new StringSchema().maxLength(100));
		violation.addProperty("message", new StringSchema().maxLength(500));
		ObjectSchema problem = new ObjectSchema();
		problem.addProperty("type", new StringSchema().format("uri"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("code", new StringSchema().description("Stable machine-readable error code"));
		problem.addProperty("requestId", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(violation));
		return problem;
	}

}
