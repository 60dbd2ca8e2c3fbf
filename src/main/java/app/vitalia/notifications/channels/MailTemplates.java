package app.vitalia.notifications.channels;

import java.util.Locale;
import java.util.Map;

import app.vitalia.notifications.Kind;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders each kind's email from Thymeleaf templates, one HTML and one text template per
 * language: {@code mail/<language>/<kind>.html} and {@code .txt} under
 * {@code src/main/resources/templates}. Subjects come from the message bundles.
 */
@Component
public class MailTemplates {

	public record Rendered(String subject, String text, String html) {
	}

	private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

	private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

	private final MessageSource messages;

	MailTemplates(MessageSource messages) {
		this.messages = messages;
	}

	public Rendered render(Kind kind, String locale, Map<String, Object> model, Object[] subjectArgs) {
		String language = language(locale);
		Context context = new Context(Locale.forLanguageTag(language), model);
		String template = "mail/" + language + "/" + kind.code();
		String subject = this.messages.getMessage("notifications.mail." + kind.code() + ".subject", subjectArgs,
				Locale.forLanguageTag(language));
		return new Rendered(subject, this.text.process(template, context), this.html.process(template, context));
	}

	static String language(String locale) {
		return locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "es";
	}

	private static TemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
