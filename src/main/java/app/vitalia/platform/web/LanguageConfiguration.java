package app.vitalia.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language a {@link Locale} controller argument means: Spanish or English as the
 * {@code Accept-Language} header prefers ("fr, en;q=0.8" is English), Spanish without the
 * header or with neither, never the server's own default. The food catalog's language
 * follows the same rule (nutrition's {@code Language}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(SPANISH, Locale.ENGLISH));
		resolver.setDefaultLocale(SPANISH);
		return resolver;
	}

}
