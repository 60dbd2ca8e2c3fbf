package app.vitalia.platform;

import java.util.List;

/**
 * A one-shot command of the application jar: {@code java -jar vitalia.jar NAME [args]}
 * starts the application without its web server, runs the command bean of that name and
 * exits with its exit code. Modules contribute commands (food import, demo data) as
 * beans.
 */
public interface Command {

	/** The name typed on the command line, e.g. {@code import-foods}. */
	String name();

	/** One line for the usage listing. */
	String description();

	/**
	 * Runs the command; returns the process exit code. Throw
	 * {@link IllegalArgumentException} for bad arguments: the message is printed with the
	 * usage.
	 */
	int run(List<String> args) throws Exception;

}
