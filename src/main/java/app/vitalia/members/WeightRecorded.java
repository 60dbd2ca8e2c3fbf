package app.vitalia.members;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member's weight on a (local) day.
 */
public record WeightRecorded(@JsonProperty("accountId") MemberId memberId, LocalDate recordedOn, BigDecimal weightKg) {
}
