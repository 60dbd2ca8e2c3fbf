package app.vitalia.nutrition;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import app.vitalia.members.MemberId;

/**
 * A member logged a food in their diary, on one of their local days. {@code kcal} is null
 * when the food's energy is unknown. Announced in {@link FoodsLogged} batches.
 */
public record FoodLogged(@JsonProperty("accountId") MemberId memberId, DiaryEntryId entryId, LocalDate date, Meal meal,
		FoodId foodId, @Nullable Double kcal) {
}
