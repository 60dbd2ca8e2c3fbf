package app.vitalia.platform.web;

import jakarta.servlet.MultipartConfigElement;

import app.vitalia.platform.UploadLimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet's multipart limit is the largest {@link UploadLimit}, so those endpoints
 * can take their uploads; {@link RequestSizeFilter} holds every other request to the
 * global {@code spring.servlet.multipart.*} limit before anything is parsed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, ObjectProvider<UploadLimit> uploads) {
		MultipartConfigElement global = multipart.createMultipartConfig();
		long largest = uploads.orderedStream().mapToLong(upload -> upload.maxSize().toBytes()).max().orElse(-1);
		return new MultipartConfigElement(global.getLocation(), raised(global.getMaxFileSize(), largest),
				raised(global.getMaxRequestSize(), largest), global.getFileSizeThreshold());
	}

	/** -1 is "unlimited" for the servlet container and stays so. */
	private static long raised(long global, long largest) {
		return (global < 0) ? global : Math.max(global, largest);
	}

}
