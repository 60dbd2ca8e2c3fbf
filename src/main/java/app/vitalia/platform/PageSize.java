package app.vitalia.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The page size of every paged endpoint: 1 to {@value #MAX}. */
@Documented
@Min(1)
@Max(PageSize.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

	long MAX = 100;

	String message() default "must be between 1 and " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
