package app.vitalia.platform.web;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web app: static files as they are, and {@code index.html} for client-side
 * routes (paths without a file extension) so deep links work. API paths are never
 * answered with the app; an unknown API path stays a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// file names under /assets carry a content hash: cache them for good
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {
				@Override
				protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
					Resource resource = location.createRelative(resourcePath);
					if (resource.exists() && resource.isReadable()) {
						return resource;
					}
					if (resourcePath.startsWith("api/") || resourcePath.startsWith("actuator/")
							|| resourcePath.startsWith("v3/") || resourcePath.contains(".")) {
						return null;
					}
					Resource index = new ClassPathResource("static/index.html");
					return index.exists() ? index : null;
				}
			});
	}

}
