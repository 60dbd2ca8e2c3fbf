package app.vitalia.recognition.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What an uploaded photo must be before it is kept or analysed: JPEG, PNG or WebP by its
 * first bytes (whatever it was declared as), decodable, and within the dimension limits
 * (read from the header before decoding, so a small file cannot expand into gigabytes). A
 * kept photo is re-encoded from its pixels as a JPEG: EXIF (GPS position, camera, date)
 * and every other metadata segment of the upload are gone.
 */
public final class PhotoImages {

	/** Longest side of a kept photo. */
	static final int KEPT_SIDE = 2048;

	/** Longest side of what the recogniser is sent (well under its 5 MB limit). */
	static final int RECOGNISER_SIDE = 1024;

	static final int MIN_SIDE = 32;

	static final int MAX_SIDE = 12_000;

	static final long MAX_PIXELS = 50_000_000L;

	private PhotoImages() {
	}

	/** Not an image this application takes, or one that cannot be decoded. */
	public static final class InvalidImage extends RuntimeException {

		InvalidImage(String message) {
			super(message, null, false, false);
		}

	}

	/** The photo as kept (no metadata) and the smaller copy for the recogniser. */
	public record Cleaned(byte[] kept, byte[] forRecognizer, int width, int height) {
	}

	/** The format its first bytes say it is: {@code jpeg}, {@code png}, {@code webp}. */
	public static Optional<String> sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return Optional.of("jpeg");
		}
		if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				&& bytes[4] == 0x0d && bytes[5] == 0x0a && bytes[6] == 0x1a && bytes[7] == 0x0a) {
			return Optional.of("png");
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return Optional.of("webp");
		}
		return Optional.empty();
	}

	/**
	 * @throws InvalidImage when the bytes are not a JPEG, PNG or WebP image within the
	 * limits
	 */
	public static Cleaned clean(byte[] bytes) {
		String format = sniff(bytes).orElseThrow(() -> new InvalidImage("not a JPEG, PNG or WebP image"));
		BufferedImage image = decode(bytes, format);
		if (format.equals("jpeg")) {
			image = ExifOrientation.upright(image, ExifOrientation.of(bytes));
		}
		BufferedImage kept = scaled(image, KEPT_SIDE);
		return new Cleaned(jpeg(kept, 0.88f), jpeg(scaled(kept, RECOGNISER_SIDE), 0.85f), kept.getWidth(),
				kept.getHeight());
	}

	private static BufferedImage decode(byte[] bytes, String format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext()) {
				throw new InvalidImage("no decoder for " + format);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE
						|| (long) width * height > MAX_PIXELS) {
					throw new InvalidImage("dimensions " + width + "×" + height + " are outside the limits");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException undecodable) {
			if (undecodable instanceof InvalidImage invalid) {
				throw invalid;
			}
			throw new InvalidImage("the image cannot be decoded");
		}
	}

	/** At most {@code side} pixels on the longest side, RGB on white. */
	private static BufferedImage scaled(BufferedImage image, int side) {
		double factor = Math.min(1d, (double) side / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			// no metadata object: the writer emits only the JFIF header
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
