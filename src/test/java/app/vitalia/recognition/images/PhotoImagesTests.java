package app.vitalia.recognition.images;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import app.vitalia.recognition.TestPhotos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoImagesTests {

	@Test
	void anExifGpsPositionGoesInAndNoneComesOut() throws Exception {
		byte[] upload = TestPhotos.jpegWithGps(640, 480);
		assertThat(TestPhotos.segments(upload)).contains(0xe1);
		assertThat(TestPhotos.contains(upload, "Exif")).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(upload))).as("the test photo is a readable JPEG").isNotNull();

		PhotoImages.Cleaned cleaned = PhotoImages.clean(upload);

		for (byte[] out : new byte[][] { cleaned.kept(), cleaned.forRecognizer() }) {
			assertThat(TestPhotos.segments(out)).doesNotContain(0xe1);
			assertThat(TestPhotos.contains(out, "Exif")).isFalse();
			assertThat(PhotoImages.sniff(out)).hasValue("jpeg");
		}
		assertThat(ImageIO.read(new ByteArrayInputStream(cleaned.kept())).getWidth()).isEqualTo(640);
	}

	@Test
	void aPhoneOrientationIsAppliedBeforeTheMetadataGoes() throws Exception {
		byte[] sideways = TestPhotos.jpegWithOrientation(200, 100, 6);

		PhotoImages.Cleaned cleaned = PhotoImages.clean(sideways);

		assertThat(cleaned.width()).isEqualTo(100);
		assertThat(cleaned.height()).isEqualTo(200);
		assertThat(TestPhotos.segments(cleaned.kept())).doesNotContain(0xe1);
		assertThat(PhotoImages.clean(TestPhotos.jpegWithOrientation(200, 100, 1)).width()).isEqualTo(200);
		assertThat(PhotoImages.clean(TestPhotos.jpegWithOrientation(200, 100, 3)).width()).isEqualTo(200);
	}

	@Test
	void largePhotosAreDownscaledForTheRecognizer() throws Exception {
		PhotoImages.Cleaned cleaned = PhotoImages.clean(TestPhotos.png(3000, 1500));

		assertThat(cleaned.width()).isEqualTo(PhotoImages.KEPT_SIDE);
		assertThat(ImageIO.read(new ByteArrayInputStream(cleaned.forRecognizer())).getWidth())
			.isEqualTo(PhotoImages.RECOGNISER_SIDE);
	}

	@Test
	void bytesThatAreNotAnImageAreInvalid() {
		assertThatThrownBy(() -> PhotoImages.clean("<html>not a photo</html>".getBytes()))
			.isInstanceOf(PhotoImages.InvalidImage.class);
		byte[] truncated = Arrays.copyOf(TestPhotos.jpeg(200, 200), 40);
		assertThatThrownBy(() -> PhotoImages.clean(truncated)).isInstanceOf(PhotoImages.InvalidImage.class);
	}

	@Test
	void tinyImagesAreInvalid() {
		assertThatThrownBy(() -> PhotoImages.clean(TestPhotos.png(8, 8))).isInstanceOf(PhotoImages.InvalidImage.class)
			.hasMessageContaining("dimensions");
	}

}
