package app.vitalia.reporting.kpis;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/** Marks the signed-in member active for today on each API request they make. */
public class ActivityInterceptor implements HandlerInterceptor {

	private final DailyActivity activity;

	public ActivityInterceptor(DailyActivity activity) {
		this.activity = activity;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token
				&& authentication.getAuthorities().stream().anyMatch(a -> "ROLE_MEMBER".equals(a.getAuthority()))) {
			try {
				this.activity.seen(UUID.fromString(token.getToken().getSubject()));
			}
			catch (IllegalArgumentException notAnId) {
				// a token without an account id is not a member's
			}
		}
		return true;
	}

}
