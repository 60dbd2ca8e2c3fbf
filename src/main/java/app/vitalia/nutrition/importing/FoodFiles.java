package app.vitalia.nutrition.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import app.vitalia.platform.DomainException;

/**
 * The files of a data set, in a directory or a zip archive (possibly inside a folder of
 * it), found by file name regardless of case.
 */
abstract class FoodFiles implements Closeable {

	abstract Optional<BufferedReader> find(String fileName, Charset charset) throws IOException;

	BufferedReader open(String fileName, Charset charset) throws IOException {
		return find(fileName, charset).orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE,
				"IMPORT_FILE_MISSING", "The data set has no " + fileName));
	}

	boolean has(String fileName) throws IOException {
		Optional<BufferedReader> reader = find(fileName, Charset.defaultCharset());
		if (reader.isPresent()) {
			reader.get().close();
		}
		return reader.isPresent();
	}

	static FoodFiles directory(Path directory) {
		return new FoodFiles() {
			@Override
			Optional<BufferedReader> find(String fileName, Charset charset) throws IOException {
				try (Stream<Path> files = Files.list(directory)) {
					Optional<Path> file = files.filter(path -> path.getFileName().toString().equalsIgnoreCase(fileName))
						.findFirst();
					return file.isPresent() ? Optional.of(Files.newBufferedReader(file.get(), charset))
							: Optional.empty();
				}
			}

			@Override
			public void close() {
			}
		};
	}

	static FoodFiles zip(Path archive) {
		ZipFile zip;
		try {
			zip = new ZipFile(archive.toFile());
		}
		catch (ZipException ex) {
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "IMPORT_NOT_A_ZIP",
					"The upload is not a readable zip archive");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open " + archive, ex);
		}
		return new FoodFiles() {
			@Override
			Optional<BufferedReader> find(String fileName, Charset charset) throws IOException {
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					String name = entry.getName();
					String base = name.substring(name.lastIndexOf('/') + 1);
					if (!entry.isDirectory() && base.toLowerCase(Locale.ROOT).equals(fileName.toLowerCase(Locale.ROOT))
							&& !name.startsWith("__MACOSX")) {
						return Optional
							.of(new BufferedReader(new InputStreamReader(zip.getInputStream(entry), charset)));
					}
				}
				return Optional.empty();
			}

			@Override
			public void close() throws IOException {
				zip.close();
			}
		};
	}

}
