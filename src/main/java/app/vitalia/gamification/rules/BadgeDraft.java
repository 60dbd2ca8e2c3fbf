package app.vitalia.gamification.rules;

import java.util.ArrayList;
import java.util.List;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A badge as an admin sends it, checked into a {@link Badge} (422 listing every problem).
 */
public record BadgeDraft(@Nullable String code, @Nullable Text name, @Nullable Text description,
		@Nullable String icon) {

	public Badge toBadge() {
		List<Violation> problems = new ArrayList<>();
		if (this.code == null || !RuleDraft.CODE.matcher(this.code).matches()) {
			problems.add(new Violation("code", "INVALID_CODE", "2 to 60 capital letters, digits or underscores"));
		}
		RuleDraft.requireText(this.name, "name", 120, problems);
		RuleDraft.requireText(this.description, "description", 500, problems);
		if (this.icon == null || !this.icon.matches("[a-z0-9-]{1,60}")) {
			problems.add(new Violation("icon", "INVALID_ICON", "An icon name: lower-case letters, digits, dashes"));
		}
		if (!problems.isEmpty() || this.code == null || this.name == null || this.description == null
				|| this.icon == null) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "INVALID_BADGE", "The badge is not valid",
					problems);
		}
		return new Badge(this.code, this.name, this.description, this.icon);
	}

}
