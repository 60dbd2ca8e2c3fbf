package app.vitalia.gamification.rules;

/**
 * A badge members can earn through a rule that names it.
 */
public record Badge(String code, Text name, Text description, String icon) {
}
