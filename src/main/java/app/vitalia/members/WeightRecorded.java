package app.vitalia.members;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member's weight on a (local) day.
 */
public record WeightRecorded(UUID accountId, LocalDate recordedOn, BigDecimal weightKg) {
}
