package app.vitalia.recognition.images;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of IFD0 in its APP1 "Exif" segment), applied
 * to the pixels before the metadata is dropped, so a phone photo stays upright.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** 1 (as stored) to 8; 1 when the JPEG says nothing or cannot be read. */
	static int of(byte[] jpeg) {
		try {
			int at = 2;
			while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
				int marker = jpeg[at + 1] & 0xff;
				int length = u16(jpeg, at + 2, true);
				if (marker == 0xda) {
					return 1;
				}
				if (marker == 0xe1 && length >= 14
						&& new String(jpeg, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
							.equals("Exif\0\0")) {
					return orientation(jpeg, at + 10, at + 2 + length);
				}
				at += 2 + length;
			}
		}
		catch (RuntimeException unreadable) {
			return 1;
		}
		return 1;
	}

	private static int orientation(byte[] bytes, int tiff, int end) {
		boolean bigEndian = bytes[tiff] == 'M';
		int ifd = tiff + (int) u32(bytes, tiff + 4, bigEndian);
		int entries = u16(bytes, ifd, bigEndian);
		for (int entry = 0; entry < entries; entry++) {
			int at = ifd + 2 + entry * 12;
			if (at + 12 > end) {
				return 1;
			}
			if (u16(bytes, at, bigEndian) == 0x0112) {
				int value = u16(bytes, at + 8, bigEndian);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	/** The image turned and mirrored as its orientation says. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		AffineTransform transform = new AffineTransform();
		switch (orientation) {
			case 2 -> transform.scale(-1, 1);
			case 3 -> transform.rotate(Math.PI);
			case 4 -> transform.scale(1, -1);
			case 5 -> {
				transform.rotate(Math.PI / 2);
				transform.scale(1, -1);
			}
			case 6 -> transform.rotate(Math.PI / 2);
			case 7 -> {
				transform.rotate(-Math.PI / 2);
				transform.scale(1, -1);
			}
			default -> transform.rotate(-Math.PI / 2);
		}
		// move the turned image back into the positive quadrant
		java.awt.geom.Rectangle2D bounds = transform.createTransformedShape(new java.awt.Rectangle(0, 0, width, height))
			.getBounds2D();
		AffineTransform placed = AffineTransform.getTranslateInstance(-bounds.getX(), -bounds.getY());
		placed.concatenate(transform);
		boolean turned = orientation >= 5;
		BufferedImage target = new BufferedImage(turned ? height : width, turned ? width : height,
				BufferedImage.TYPE_INT_RGB);
		return new AffineTransformOp(placed, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(image), target);
	}

	private static BufferedImage toRgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.getGraphics().drawImage(image, 0, 0, null);
		return rgb;
	}

	private static int u16(byte[] bytes, int at, boolean bigEndian) {
		int a = bytes[at] & 0xff;
		int b = bytes[at + 1] & 0xff;
		return bigEndian ? (a << 8) | b : (b << 8) | a;
	}

	private static long u32(byte[] bytes, int at, boolean bigEndian) {
		long high = u16(bytes, bigEndian ? at : at + 2, bigEndian);
		long low = u16(bytes, bigEndian ? at + 2 : at, bigEndian);
		return (high << 16) | low;
	}

}
