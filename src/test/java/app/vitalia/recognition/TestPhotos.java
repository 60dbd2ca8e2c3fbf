package app.vitalia.recognition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** Photos for the tests: real JPEG and PNG bytes, one with an EXIF GPS position. */
public final class TestPhotos {

	private TestPhotos() {
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	/**
	 * A JPEG with an APP1 Exif segment whose IFD0 points at a GPS IFD (GPSLatitudeRef
	 * "N"), as phones write them.
	 */
	public static byte[] jpegWithGps(int width, int height) {
		byte[] plain = jpeg(width, height);
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		// big-endian TIFF header, IFD0 at 8
		write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);
		// IFD0: one entry, GPSInfo (0x8825) LONG 1 -> offset 26; no next IFD
		write(tiff, 0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0);
		// GPS IFD: GPSLatitudeRef (1) ASCII 2 "N"; GPSLatitude (2) RATIONAL 3 -> offset
		// 56
		write(tiff, 0, 2, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0, 0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 56, 0, 0, 0, 0);
		// 40° 25' 0" (Madrid)
		write(tiff, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 25, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1);
		byte[] exif = tiff.toByteArray();
		int length = 2 + 6 + exif.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		write(out, 0xff, 0xe1, length >> 8, length & 0xff);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(exif);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A JPEG whose EXIF says how to turn it (1 = as stored, 6 = 90° clockwise...). */
	public static byte[] jpegWithOrientation(int width, int height, int orientation) {
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		// little-endian this time, as most phones write it; IFD0 at 8 with Orientation
		// SHORT
		write(tiff, 'I', 'I', 42, 0, 8, 0, 0, 0);
		write(tiff, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0);
		return withApp1(jpeg(width, height), tiff.toByteArray());
	}

	private static byte[] withApp1(byte[] plain, byte[] exif) {
		int length = 2 + 6 + exif.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		write(out, 0xff, 0xe1, length >> 8, length & 0xff);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(exif);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** The markers of a JPEG's segments before its image data (0xE1 = APP1/Exif). */
	public static List<Integer> segments(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
			int marker = jpeg[at + 1] & 0xff;
			markers.add(marker);
			if (marker == 0xda) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
		}
		return markers;
	}

	public static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(230, 180, 90));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(200, 40, 30));
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, int... bytes) {
		for (int value : bytes) {
			out.write(value);
		}
	}

}
