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

/**
 * The zero-based page number of every paged endpoint: 0 to {@value #MAX}, so no offset
 * overflows or scans a table to its end.
 */
@Documented
@Min(0)
@Max(PageNumber.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

	long MAX = 10_000;

	String message() default "must be between 0 and " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
