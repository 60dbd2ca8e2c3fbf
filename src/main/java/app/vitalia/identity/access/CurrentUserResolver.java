package app.vitalia.identity.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;
import app.vitalia.platform.DomainException;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers of every module declare a {@link CurrentUser} parameter.
 */
@Configuration(proxyBeanMethods = false)
public class CurrentUserResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static {
		// resolved from the access token, never a request parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CurrentUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			throw new DomainException(DomainException.Kind.UNAUTHORIZED, "UNAUTHORIZED", "Sign in first");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : token.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				roles.add(Role.valueOf(name.substring(5)));
			}
		}
		return new CurrentUser(UUID.fromString(token.getToken().getSubject()), Set.copyOf(roles));
	}

}
