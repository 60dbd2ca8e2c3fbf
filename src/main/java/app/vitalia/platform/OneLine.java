package app.vitalia.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A name-like field: one line of {@link Text clean text} with at least one visible
 * character. Every display name, title and label uses it, so a name refused in one place
 * is refused everywhere. {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = OneLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLine {

	String message() default "must be one line of text with a visible character, without control characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link OneLine}. */
	class Validator implements ConstraintValidator<OneLine, CharSequence> {

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			return value == null || (Text.isCleanLine(value) && !value.toString().isBlank());
		}

	}

}
