package app.vitalia.scheduling.directory;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import app.vitalia.platform.DomainException;

/**
 * The specialties a clinician may have: a stable code stored and sent by the API, its
 * Spanish and English names, and other words people use for it. Matching ignores case,
 * accents and language: "nutricion", "nutrición" and "nutrition" are the same specialty.
 */
public enum Specialty {

	NUTRITION("nutrition", "Nutrición", "Nutrition", "nutricionista", "nutritionist", "dietética", "dietetics",
			"dietista", "dietitian", "dietician", "nutrición y dietética", "dietética y nutrición"),

	ENDOCRINOLOGY("endocrinology", "Endocrinología", "Endocrinology", "endocrino", "endocrinólogo", "endocrinologist"),

	CARDIOLOGY("cardiology", "Cardiología", "Cardiology", "cardiólogo", "cardiologist"),

	SPORTS_MEDICINE("sports-medicine", "Medicina deportiva", "Sports medicine", "medicina del deporte",
			"sports physician", "médico deportivo"),

	GENERAL_PRACTICE("general-practice", "Medicina general", "General practice", "medicina familiar",
			"médico de familia", "family medicine", "general practitioner", "gp"),

	INTERNAL_MEDICINE("internal-medicine", "Medicina interna", "Internal medicine", "internista", "internist"),

	PSYCHOLOGY("psychology", "Psicología", "Psychology", "psicólogo", "psychologist"),

	PSYCHIATRY("psychiatry", "Psiquiatría", "Psychiatry", "psiquiatra", "psychiatrist"),

	PEDIATRICS("pediatrics", "Pediatría", "Pediatrics", "pediatra", "paediatrics", "pediatrician"),

	DERMATOLOGY("dermatology", "Dermatología", "Dermatology", "dermatólogo", "dermatologist"),

	GASTROENTEROLOGY("gastroenterology", "Aparato digestivo", "Gastroenterology", "gastroenterología", "digestivo",
			"gastroenterólogo", "gastroenterologist"),

	GYNECOLOGY("gynecology", "Ginecología", "Gynecology", "ginecólogo", "gynaecology", "obstetrics and gynecology",
			"obstetricia y ginecología"),

	PHYSIOTHERAPY("physiotherapy", "Fisioterapia", "Physiotherapy", "fisioterapeuta", "physical therapy",
			"physiotherapist");

	/** A specialty as the API lists it. */
	public record Named(String code, String es, String en) implements Serializable {
	}

	private final String code;

	private final String es;

	private final String en;

	private final List<String> words;

	Specialty(String code, String es, String en, String... aliases) {
		this.code = code;
		this.es = es;
		this.en = en;
		this.words = Stream.concat(Stream.of(code, es, en), Arrays.stream(aliases)).map(Specialty::plain).toList();
	}

	public String code() {
		return this.code;
	}

	public Named named() {
		return new Named(this.code, this.es, this.en);
	}

	/**
	 * The specialty this code or name (in either language, with or without accents) is.
	 */
	public static Optional<Specialty> of(String text) {
		String wanted = plain(text);
		return Arrays.stream(values()).filter(specialty -> specialty.words.contains(wanted)).findFirst();
	}

	/**
	 * The codes of these specialties, given by code or name.
	 * @throws DomainException 400 {@code UNKNOWN_SPECIALTY} (field {@code specialties})
	 * naming the first one that is not on the list
	 */
	public static List<String> codesOf(Collection<String> texts) {
		List<String> codes = new ArrayList<>();
		for (String text : texts) {
			Specialty specialty = of(text).orElseThrow(() -> DomainException.invalid("specialties", "UNKNOWN_SPECIALTY",
					"'" + text + "' is not a specialty; GET /api/specialties lists them"));
			if (!codes.contains(specialty.code)) {
				codes.add(specialty.code);
			}
		}
		return codes;
	}

	/** The specialties whose code, names or other words contain what was typed. */
	public static List<Specialty> matching(String typed) {
		String wanted = plain(typed);
		return Arrays.stream(values())
			.filter(specialty -> specialty.words.stream().anyMatch(word -> word.contains(wanted)))
			.toList();
	}

	/**
	 * Lower case, no accents, words separated by one space ("Sports-Medicine" → "sports
	 * medicine").
	 */
	public static String plain(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return String.join(" ",
				decomposed.replaceAll("\\p{M}+", "").replace('-', ' ').replace('_', ' ').trim().split("\\s+"));
	}

}
