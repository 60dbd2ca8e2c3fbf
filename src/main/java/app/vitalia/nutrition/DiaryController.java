package app.vitalia.nutrition;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.identity.CurrentUser;
import app.vitalia.nutrition.DiaryViews.DayView;
import app.vitalia.nutrition.DiaryViews.EntryView;
import app.vitalia.nutrition.DiaryViews.QuickFood;
import app.vitalia.nutrition.DiaryViews.Summary;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.DiaryExport;
import app.vitalia.nutrition.DiaryReports;
import app.vitalia.platform.CsvExport;
import app.vitalia.platform.DomainException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's food diary. Another member's entries answer 404.
 */
@Tag(name = "Diary", description = "The member's food diary, summaries and exports")
@RestController
@RequestMapping("/api/diary")
class DiaryController {

	private final FoodDiary diary;

	private final DiaryReports reports;

	private final DiaryExport export;

	private final JsonMapper json;

	DiaryController(FoodDiary diary, DiaryReports reports, DiaryExport export, JsonMapper json) {
		this.diary = diary;
		this.reports = reports;
		this.export = export;
		this.json = json;
	}

	record LogRequest(@NotNull LocalDate date, @NotNull Meal meal, @NotNull UUID foodId,
			@Nullable @Positive @DecimalMax("10000") Double grams, @Nullable @Size(max = 160) String portionLabel,
			@Nullable @Min(0) @Max(1000) Integer portionIndex,
			@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double quantity) {
	}

	record ChangeRequest(@Nullable LocalDate date, @Nullable Meal meal,
			@Nullable @Positive @DecimalMax("10000") Double grams,
			@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double quantity) {
	}

	record CopyRequest(@NotNull LocalDate fromDate, @NotNull LocalDate toDate, @Nullable Meal meal) {
	}

	@Operation(summary = "Log a food: grams, or a quantity of one of its portions")
	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView log(CurrentUser user, @Valid @RequestBody LogRequest request, Language language) {
		return this.diary.log(user.id(), request.date(), request.meal(), request.foodId(), new FoodDiary.Amount(
				request.grams(), request.portionLabel(), request.portionIndex(), request.quantity()), language);
	}

	@Operation(summary = "Change an entry's date, meal, grams or portion quantity")
	@PatchMapping("/entries/{id}")
	EntryView change(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ChangeRequest request,
			Language language) {
		return this.diary.change(user.id(), id, request.date(), request.meal(), request.grams(), request.quantity(),
				language);
	}

	@Operation(summary = "Delete a diary entry")
	@DeleteMapping("/entries/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(CurrentUser user, @PathVariable UUID id) {
		this.diary.delete(user.id(), id);
	}

	@Operation(summary = "Undo a deletion: bring back an entry deleted in the last hour, exactly as it was")
	@PostMapping("/entries/{id}/restore")
	EntryView restore(CurrentUser user, @PathVariable UUID id, Language language) {
		return this.diary.restore(user.id(), id, language);
	}

	@Operation(summary = "Copy a day or one meal to another day")
	@PostMapping("/copy")
	@ResponseStatus(HttpStatus.CREATED)
	List<EntryView> copy(CurrentUser user, @Valid @RequestBody CopyRequest request, Language language) {
		return this.diary.copy(user.id(), request.fromDate(), request.toDate(), request.meal(), language);
	}

	@Operation(summary = "Foods the member logged most recently")
	@GetMapping("/recent-foods")
	List<QuickFood> recentFoods(CurrentUser user, Language language) {
		return this.reports.recentFoods(user.id(), language);
	}

	@Operation(summary = "Foods the member logged most often in the last 90 days")
	@GetMapping("/frequent-foods")
	List<QuickFood> frequentFoods(CurrentUser user, Language language) {
		return this.reports.frequentFoods(user.id(), language);
	}

	@Operation(summary = "Per-day totals, averages and last-7-days adherence over a range")
	@GetMapping("/summary")
	Summary summary(CurrentUser user, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return this.reports.summary(user.id(), from, to);
	}

	@Operation(summary = "Download the diary over a range as CSV or JSON")
	@GetMapping("/export")
	void export(CurrentUser user, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Size(max = 20) String separator,
			@RequestParam(required = false) Boolean bom, Language language, HttpServletResponse response)
			throws Exception {
		if (!format.equals("csv") && !format.equals("json")) {
			throw DomainException.invalid("format", "UNKNOWN_FORMAT", "The format must be csv or json");
		}
		CsvExport.Options options = CsvExport.Options.of(separator, bom);
		List<EntryView> entries = this.export.entries(user.id(), from, to, language);
		String fileName = "vitalia-diary-" + from + "-to-" + to + "." + format;
		if (format.equals("csv")) {
			CsvExport.attachment(response, fileName, options, csv -> this.export.writeCsv(entries, csv, language));
			return;
		}
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), entries);
	}

	@Operation(summary = "One day of the diary by meal, with totals, targets and what remains")
	@GetMapping("/{date}")
	DayView day(CurrentUser user, @PathVariable LocalDate date, Language language) {
		return this.diary.day(user.id(), date, language);
	}

}
