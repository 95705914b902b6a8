package org.lifelonglinks.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.UnsupportedMediaException;

/** The type of a file read from its first bytes, and what is kept of a photo. */
class ContentTests {

    @Test
    void theTypeComesFromTheFirstBytesNotTheName() {
        assertThat(MediaType.sniff(Pictures.pdf("a letter"))).isEqualTo(MediaType.PDF);
        assertThat(MediaType.sniff(Pictures.plain("png", 4, 4, 1))).isEqualTo(MediaType.PNG);
        assertThat(MediaType.sniff(Pictures.plain("jpeg", 4, 4, 1))).isEqualTo(MediaType.JPEG);
        assertThat(MediaType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(MediaType.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(MediaType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8})).as("too short for JPEG").isNull();
        assertThat(MediaType.sniff(new byte[0])).isNull();
        assertThatThrownBy(() -> Content.prepare("%PDX-1.4".getBytes(StandardCharsets.US_ASCII), 64))
                .isInstanceOf(UnsupportedMediaException.class);
    }

    @Test
    void aPhonePhotoLosesItsPlaceCommentsAndTrailerButKeepsItsPixelsAndWhichWayUp() throws IOException {
        byte[] phone = Pictures.phoneJpeg(64, 48, 3);
        assertThat(Pictures.contains(phone, Pictures.PLACE)).as("the test photo carries the place").isTrue();

        var kept = Content.prepare(phone, 32);

        assertThat(kept.type()).isEqualTo(MediaType.JPEG);
        for (String secret : new String[] {Pictures.PLACE, Pictures.XMP_PLACE, Pictures.COMMENT, Pictures.TRAILER}) {
            assertThat(Pictures.contains(kept.bytes(), secret)).as(secret).isFalse();
        }
        assertThat(Pictures.contains(kept.bytes(), "Exif\0\0II")).as("the phone's own Exif").isFalse();
        assertThat(Pictures.contains(kept.bytes(), new String(Content.orientationSegment(6),
                StandardCharsets.ISO_8859_1))).as("the orientation alone, in a new Exif segment").isTrue();
        assertThat(Arrays.copyOfRange(kept.bytes(), kept.bytes().length - 2, kept.bytes().length))
                .containsExactly(0xff, 0xd9);
        var image = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
        assertThat(Arrays.equals(Content.prepare(kept.bytes(), 32).bytes(), kept.bytes()))
                .as("cleaning a clean photo changes nothing").isTrue();

        var thumbnail = ImageIO.read(new ByteArrayInputStream(kept.thumbnail()));
        assertThat(thumbnail.getWidth()).as("orientation 6: turned a quarter to stand upright").isEqualTo(24);
        assertThat(thumbnail.getHeight()).isEqualTo(32);
        // The white corner (top left as stored) is top right once turned clockwise.
        assertThat(brightness(thumbnail.getRGB(21, 2))).isGreaterThan(200);
        assertThat(brightness(thumbnail.getRGB(2, 2))).isLessThan(200);
    }

    @Test
    void aPngLosesItsTextAndExifChunks() throws IOException {
        byte[] phone = Pictures.phonePng(40, 20, 5);
        var kept = Content.prepare(phone, 320);
        assertThat(kept.type()).isEqualTo(MediaType.PNG);
        assertThat(Pictures.contains(kept.bytes(), Pictures.PNG_TEXT)).isFalse();
        assertThat(Pictures.contains(kept.bytes(), Pictures.PNG_EXIF)).isFalse();
        assertThat(Pictures.contains(kept.bytes(), "tEXt")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(kept.bytes())).getWidth()).isEqualTo(40);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(kept.thumbnail()));
        assertThat(thumbnail.getWidth()).as("never enlarged").isEqualTo(40);
    }

    @Test
    void aBrokenImageIsRefusedNamingTheFile() {
        byte[] jpeg = Pictures.plain("jpeg", 16, 16, 2);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> Content.prepare(cut, 64)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("file");
        byte[] lying = Pictures.concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0x7f, 0x7f},
                "not really".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Content.prepare(lying, 64)).isInstanceOf(InvalidFieldException.class);
        byte[] png = Pictures.plain("png", 8, 8, 2);
        assertThatThrownBy(() -> Content.prepare(Arrays.copyOf(png, png.length - 12), 64))
                .as("no IEND").isInstanceOf(InvalidFieldException.class);
        byte[] huge = png.clone();
        huge[8] = 0x7f; // IHDR's length: past the end of the file
        assertThatThrownBy(() -> Content.prepare(huge, 64)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void everyOrientationStandsTheImageUprightInsideItsFrame() {
        int w = 6;
        int h = 4;
        for (int orientation = 1; orientation <= 8; orientation++) {
            var transform = Content.upright(orientation, w, h);
            int outW = orientation >= 5 ? h : w;
            int outH = orientation >= 5 ? w : h;
            for (double[] corner : new double[][] {{0, 0}, {w, 0}, {0, h}, {w, h}}) {
                var point = transform.transform(new java.awt.geom.Point2D.Double(corner[0], corner[1]), null);
                assertThat(point.getX()).as("orientation " + orientation).isBetween(0.0, (double) outW);
                assertThat(point.getY()).as("orientation " + orientation).isBetween(0.0, (double) outH);
            }
        }
    }

    @Test
    void aTitleFromAFileNameKeepsNoFolderNorControlCharacters() {
        assertThat(DocumentRequest.titleFrom("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentRequest.titleFrom("C:\\Users\\gran\\Letter from Gran.pdf")).isEqualTo("Letter from Gran");
        assertThat(DocumentRequest.titleFrom("bad\u0000name\r\n.jpg")).isEqualTo("bad name");
        assertThat(DocumentRequest.titleFrom(".htaccess")).isEqualTo("htaccess");
        assertThat(DocumentRequest.titleFrom("....")).isNull();
        assertThat(DocumentRequest.titleFrom(null)).isNull();
    }

    @Test
    void aDownloadNameCannotBreakTheHeader() {
        String header = DocumentController.contentDisposition("attachment", "Gran's \"letter\"; x=\r\ny ü.pdf");
        assertThat(header).isEqualTo("attachment; filename=\"Gran_s _letter__ x___y _.pdf\"; "
                + "filename*=UTF-8''Gran%27s%20%22letter%22%3B%20x%3D%0D%0Ay%20%C3%BC.pdf");
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
    }
}
