package app.vitalia.nutrition.catalog;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.platform.DomainException;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves a {@link Language} controller parameter, so food names and portion labels
 * follow, in this order: an explicit {@code lang=es|en} query parameter, the signed-in
 * account's language, the {@code Accept-Language} header, Spanish.
 */
@Configuration(proxyBeanMethods = false)
public class FoodLanguageArgumentResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static final String PARAMETER = "lang";

	static {
		// resolved from the request, never a parameter of its own in the API document
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Language.class);
	}

	// looked up per request: the resolver is created with the MVC infrastructure, before
	// the identity beans
	private final ObjectProvider<Accounts> accounts;

	public FoodLanguageArgumentResolver(ObjectProvider<Accounts> accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Language.class;
	}

	@Override
	public Language resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return resolve(request);
	}

	public Language resolve(HttpServletRequest request) {
		String explicit = request.getParameter(PARAMETER);
		if (explicit != null) {
			return Language.fromTag(explicit)
				.orElseThrow(
						() -> DomainException.invalid(PARAMETER, "UNKNOWN_LANGUAGE", "The language must be es or en"));
		}
		return accountLanguage(request.getUserPrincipal())
			.orElseGet(() -> Language.fromHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
	}

	private Optional<Language> accountLanguage(@Nullable Principal principal) {
		if (principal == null) {
			return Optional.empty();
		}
		UUID id;
		try {
			id = UUID.fromString(principal.getName());
		}
		catch (IllegalArgumentException notAnAccount) {
			return Optional.empty();
		}
		// the summary is cached: every authenticated request has read it already
		return this.accounts.getObject().find(AccountId.of(id)).map(AccountSummary::locale).flatMap(Language::fromTag);
	}

}
