package org.lifelonglinks.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Invented photos as phones write them: a JPEG carrying an Exif segment with a GPS position (and XMP, a comment,
 * data after the end of the image), a PNG with text and eXIf chunks. The place is a marker string to look for.
 */
final class Pictures {

    static final String PLACE = "SECRET-PLACE-51.50741N";
    static final String XMP_PLACE = "XMP-PLACE-Acacia-Avenue";
    static final String COMMENT = "COMMENT-12-Acacia-Avenue";
    static final String TRAILER = "TRAILER-AFTER-THE-IMAGE";
    static final String PNG_TEXT = "PNG-TEXT-Location-Gran's-garden";
    static final String PNG_EXIF = "PNG-EXIF-SECRET-PLACE";

    private Pictures() {
    }

    /** A plain w x h image with a colour of its own (so two pictures differ), written by ImageIO. */
    static byte[] plain(String format, int width, int height, int seed) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color((seed * 53) % 256, (seed * 97) % 256, (seed * 31) % 256));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width / 3, height / 3); // a corner to tell which way up the picture is
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG from a phone: after the JFIF header, an Exif APP1 (little-endian TIFF: orientation 6, a pointer to a
     * GPS IFD holding latitude and a map datum naming {@link #PLACE}), an XMP APP1, a comment; bytes after EOI.
     */
    static byte[] phoneJpeg(int width, int height, int seed) {
        byte[] plain = plain("jpeg", width, height, seed);
        // ImageIO writes SOI then APP0 (JFIF): insert after APP0.
        int app0End = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, app0End);
        out.writeBytes(segment(0xe1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifWithGps())));
        out.writeBytes(segment(0xe1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><photoshop:City>" + XMP_PLACE
                + "</photoshop:City></x:xmpmeta>").getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(segment(0xfe, COMMENT.getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, app0End, plain.length - app0End);
        out.writeBytes(TRAILER.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] exifWithGps() {
        // TIFF header (8) + IFD0 with 2 entries (2 + 24 + 4) = 38; GPS IFD at 38 with 3 entries (2 + 36 + 4) = 42;
        // then latitude (3 rationals, 24 bytes) at 80, map datum text at 104.
        byte[] datum = (PLACE + "\0").getBytes(StandardCharsets.ISO_8859_1);
        var tiff = ByteBuffer.allocate(104 + datum.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(104);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(2634).putInt(100);
        tiff.put(datum);
        return tiff.array();
    }

    /** A PNG with a tEXt chunk and an eXIf chunk after IHDR. */
    static byte[] phonePng(int width, int height, int seed) {
        byte[] plain = plain("png", width, height, seed);
        int ihdrEnd = 8 + 12 + 13;
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, ihdrEnd);
        out.writeBytes(chunk("tEXt", ("Location\0" + PNG_TEXT).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("eXIf", ("MM\0*" + PNG_EXIF).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, ihdrEnd, plain.length - ihdrEnd);
        return out.toByteArray();
    }

    static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        var out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        var crc = new CRC32();
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** A small PDF whose text differs with {@code words}. */
    static byte[] pdf(String words) {
        return ("%PDF-1.4\n% " + words + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
