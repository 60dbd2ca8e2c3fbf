package app.vitalia.platform.runtime;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.platform.Command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by {@code vitalia.command} (set by the application's main
 * method) and keeps its exit code for {@code SpringApplication.exit}.
 */
@Component
public class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

	private final List<Command> commands;

	private final String wanted;

	private int exitCode;

	public CommandRunner(List<Command> commands, @Value("${vitalia.command:}") String wanted) {
		this.commands = commands;
		this.wanted = wanted;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		if (this.wanted.isBlank()) {
			return;
		}
		List<String> args = List.of(arguments.getSourceArgs());
		Command command = this.commands.stream()
			.filter(candidate -> candidate.name().equals(this.wanted))
			.findFirst()
			.orElse(null);
		if (command == null) {
			log.error("Unknown command '{}'. Commands:\n{}", this.wanted, usage());
			this.exitCode = 2;
			return;
		}
		try {
			this.exitCode = command.run(args);
		}
		catch (IllegalArgumentException ex) {
			log.error("{}: {}\n{}", command.name(), ex.getMessage(), usage());
			this.exitCode = 2;
		}
	}

	private String usage() {
		StringBuilder usage = new StringBuilder();
		this.commands.stream()
			.sorted(Comparator.comparing(Command::name))
			.forEach(command -> usage.append("  ")
				.append(command.name())
				.append("  ")
				.append(command.description())
				.append('\n'));
		return usage.toString();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
