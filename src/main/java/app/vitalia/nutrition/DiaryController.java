package app.vitalia.nutrition;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView log(CurrentUser user, @Valid @RequestBody LogRequest request, Language language) {
		return this.diary.log(user.id(), request.date(), request.meal(), request.foodId(), new FoodDiary.Amount(
				request.grams(), request.portionLabel(), request.portionIndex(), request.quantity()), language);
	}

	@PatchMapping("/entries/{id}")
	EntryView change(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ChangeRequest request,
			Language language) {
		return this.diary.change(user.id(), id, request.date(), request.meal(), request.grams(), request.quantity(),
				language);
	}

	@DeleteMapping("/entries/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(CurrentUser user, @PathVariable UUID id) {
		this.diary.delete(user.id(), id);
	}

	@PostMapping("/copy")
	@ResponseStatus(HttpStatus.CREATED)
	List<EntryView> copy(CurrentUser user, @Valid @RequestBody CopyRequest request, Language language) {
		return this.diary.copy(user.id(), request.fromDate(), request.toDate(), request.meal(), language);
	}

	@GetMapping("/recent-foods")
	List<QuickFood> recentFoods(CurrentUser user, Language language) {
		return this.reports.recentFoods(user.id(), language);
	}

	@GetMapping("/frequent-foods")
	List<QuickFood> frequentFoods(CurrentUser user, Language language) {
		return this.reports.frequentFoods(user.id(), language);
	}

	@GetMapping("/summary")
	Summary summary(CurrentUser user, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return this.reports.summary(user.id(), from, to);
	}

	@GetMapping("/export")
	void export(CurrentUser user, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "csv") String format, Language language, HttpServletResponse response)
			throws Exception {
		if (!format.equals("csv") && !format.equals("json")) {
			throw DomainException.invalid("format", "UNKNOWN_FORMAT", "The format must be csv or json");
		}
		List<EntryView> entries = this.export.entries(user.id(), from, to, language);
		String fileName = "vitalia-diary-" + from + "-to-" + to + "." + format;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (format.equals("csv")) {
			response.setContentType("text/csv;charset=UTF-8");
			Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
			DiaryExport.writeCsv(entries, out);
			out.flush();
		}
		else {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), entries);
		}
	}

	@GetMapping("/{date}")
	DayView day(CurrentUser user, @PathVariable LocalDate date, Language language) {
		return this.diary.day(user.id(), date, language);
	}

}
