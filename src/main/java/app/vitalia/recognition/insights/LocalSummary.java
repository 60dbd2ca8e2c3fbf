package app.vitalia.recognition.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary written by rules from the week's aggregates, in Spanish or English: what
 * the member gets when the AI is off, not consented to, or failing without a cached
 * answer.
 */
final class LocalSummary {

	private LocalSummary() {
	}

	static String of(WeekFacts facts, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<String> lines = new ArrayList<>();
		int logged = facts.daysLogged();
		if (logged == 0) {
			return english ? "Nothing was logged that week, so there is nothing to summarise."
					: "No registraste comidas esa semana, así que no hay nada que resumir.";
		}
		lines.add(english ? "You logged food on " + logged + " of 7 days."
				: "Registraste comidas " + logged + " de 7 días.");
		Double average = facts.averageKcal();
		if (facts.targets() != null) {
			int target = facts.targets().calories();
			if (average != null) {
				lines.add(english
						? "Average energy " + Math.round(average) + " kcal against a target of " + target + "."
						: "Energía media de " + Math.round(average) + " kcal frente a un objetivo de " + target + ".");
			}
			lines.add(english
					? "Energy on target on " + facts.kcalOnTarget() + " of " + logged + " days"
							+ (facts.kcalOverTarget() > 0 ? ", over it on " + facts.kcalOverTarget() : "") + "."
					: "Energía en objetivo " + facts.kcalOnTarget() + " de " + logged + " días"
							+ (facts.kcalOverTarget() > 0 ? ", por encima en " + facts.kcalOverTarget() : "") + ".");
			int lowProtein = facts.proteinUnderTarget();
			if (lowProtein > 0) {
				lines.add(english ? "Protein under target on " + lowProtein + " of " + logged + " days."
						: "Proteína por debajo del objetivo " + lowProtein + " de " + logged + " días.");
			}
			else {
				lines.add(english ? "Protein met the target every logged day."
						: "La proteína llegó al objetivo todos los días registrados.");
			}
		}
		else if (average != null) {
			lines.add(english ? "Average energy " + Math.round(average) + " kcal. Set your targets to compare."
					: "Energía media de " + Math.round(average) + " kcal. Fija tus objetivos para comparar.");
		}
		return String.join(" ", lines);
	}

}
