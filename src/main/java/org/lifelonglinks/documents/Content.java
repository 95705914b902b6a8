package org.lifelonglinks.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.UnsupportedMediaException;

/**
 * What is kept of an uploaded file: its type read from its first bytes; for a photo, the image without the
 * metadata a camera or phone adds (Exif with its GPS position, XMP, comments, text chunks, anything after the
 * image's end), only the orientation kept so the photo stands the right way up; and a small JPEG thumbnail.
 * The image data itself is copied byte for byte, never re-encoded, so a photo loses no quality.
 */
final class Content {

    /** A photo larger than this (in pixels) is not decoded for its thumbnail: it would take too much memory. */
    static final long MAX_PIXELS = 60_000_000L;

    /** PNG chunks that draw the image; everything else (tEXt, iTXt, zTXt, eXIf, tIME, private chunks) goes. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "iCCP", "sBIT", "pHYs", "bKGD");

    private Content() {
    }

    /** The file to keep: its type, the cleaned bytes, a thumbnail when the image could be read (else null). */
    record Prepared(MediaType type, byte[] bytes, byte[] thumbnail) {
    }

    static Prepared prepare(byte[] upload, int thumbnailSize) {
        var type = MediaType.sniff(upload);
        if (type == null) {
            throw new UnsupportedMediaException("file", "file must be a PDF, a JPEG photo or a PNG image; its content "
                    + "is none of these (the file name and the type the browser sent are not what decides)");
        }
        return switch (type) {
            case PDF -> new Prepared(type, upload, null);
            case JPEG -> {
                var cleaned = jpeg(upload);
                yield new Prepared(type, cleaned.bytes(), thumbnail(cleaned.bytes(), "jpeg", cleaned.orientation(),
                        thumbnailSize));
            }
            case PNG -> {
                byte[] cleaned = png(upload);
                yield new Prepared(type, cleaned, thumbnail(cleaned, "png", 1, thumbnailSize));
            }
        };
    }

    record CleanedJpeg(byte[] bytes, int orientation) {
    }

    /**
     * A JPEG without its application segments (APP1 Exif and XMP, APP3 to APP13, APP15) and comments, and without
     * anything after the end of the image; JFIF (APP0), the colour profile (APP2 ICC_PROFILE) and Adobe's colour
     * transform (APP14) are kept because they change how the image looks. An Exif orientation other than "upright"
     * comes back as a new Exif segment holding that one value and nothing else.
     */
    static CleanedJpeg jpeg(byte[] in) {
        var header = new ArrayList<byte[]>();
        var out = new ByteArrayOutputStream(in.length);
        int orientation = 1;
        boolean headerWritten = false;
        int pos = 2;
        while (true) {
            if (pos >= in.length || (in[pos] & 0xff) != 0xff) {
                throw broken("JPEG");
            }
            while (pos < in.length && (in[pos] & 0xff) == 0xff) {
                pos++;
            }
            if (pos >= in.length) {
                throw broken("JPEG");
            }
            int marker = in[pos++] & 0xff;
            if (marker == 0xd9) {
                if (!headerWritten) {
                    throw broken("JPEG");
                }
                out.write(0xff);
                out.write(0xd9);
                break;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                write(out, new byte[] {(byte) 0xff, (byte) marker});
                continue;
            }
            if (pos + 2 > in.length) {
                throw broken("JPEG");
            }
            int length = ((in[pos] & 0xff) << 8) | (in[pos + 1] & 0xff);
            if (length < 2 || pos + length > in.length) {
                throw broken("JPEG");
            }
            byte[] segment = new byte[length + 2];
            segment[0] = (byte) 0xff;
            segment[1] = (byte) marker;
            System.arraycopy(in, pos, segment, 2, length);
            int payload = pos + 2;
            pos += length;
            if (marker == 0xe1 && startsWith(in, payload, "Exif\0\0")) {
                orientation = orientation(in, payload + 6, pos);
            }
            if (!kept(marker, in, payload)) {
                continue;
            }
            if (headerWritten) {
                write(out, segment);
            } else {
                header.add(segment);
            }
            if (marker == 0xda) {
                if (!headerWritten) {
                    out.reset();
                    write(out, new byte[] {(byte) 0xff, (byte) 0xd8});
                    assemble(out, header, orientation);
                    headerWritten = true;
                }
                // The entropy-coded scan: a 0xFF is data when followed by 0x00 or a restart marker.
                int start = pos;
                while (pos + 1 < in.length) {
                    if ((in[pos] & 0xff) == 0xff) {
                        int next = in[pos + 1] & 0xff;
                        if (next != 0x00 && !(next >= 0xd0 && next <= 0xd7)) {
                            break;
                        }
                        pos += 2;
                    } else {
                        pos++;
                    }
                }
                out.write(in, start, pos - start);
            }
        }
        return new CleanedJpeg(out.toByteArray(), orientation);
    }

    private static boolean kept(int marker, byte[] in, int payload) {
        if (marker == 0xfe) {
            return false; // a comment: free text a camera or editor wrote
        }
        if (marker >= 0xe0 && marker <= 0xef) {
            return marker == 0xe0 || marker == 0xee || (marker == 0xe2 && startsWith(in, payload, "ICC_PROFILE\0"));
        }
        return true;
    }

    /** SOI, then JFIF if there was one, then the orientation alone, then the rest of the header. */
    private static void assemble(ByteArrayOutputStream out, List<byte[]> header, int orientation) {
        int i = 0;
        while (i < header.size() && (header.get(i)[1] & 0xff) == 0xe0) {
            write(out, header.get(i++));
        }
        if (orientation != 1) {
            write(out, orientationSegment(orientation));
        }
        for (; i < header.size(); i++) {
            write(out, header.get(i));
        }
    }

    /** An APP1 Exif segment holding only the orientation (TIFF, big-endian, one IFD with one SHORT). */
    static byte[] orientationSegment(int orientation) {
        var segment = new ByteArrayOutputStream();
        write(segment, new byte[] {(byte) 0xff, (byte) 0xe1, 0, 34});
        write(segment, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        write(segment, new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1,
                0, (byte) orientation, 0, 0, 0, 0, 0, 0});
        return segment.toByteArray();
    }

    /** The orientation tag (0x0112) of IFD0 in the TIFF structure at {@code tiff}; 1 when absent or unreadable. */
    static int orientation(byte[] in, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = in[tiff] == 'I' && in[tiff + 1] == 'I';
        if (!little && !(in[tiff] == 'M' && in[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(in, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int at = (int) (tiff + ifd);
        int count = u16(in, at, little);
        for (int e = 0; e < count; e++) {
            int entry = at + 2 + 12 * e;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(in, entry, little) == 0x0112 && u16(in, entry + 2, little) == 3) {
                int value = u16(in, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** A PNG with only the chunks that draw the image, ending at IEND. */
    static byte[] png(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, MediaType.PNG_MAGIC.length);
        int pos = MediaType.PNG_MAGIC.length;
        boolean first = true;
        while (true) {
            if (pos + 12 > in.length) {
                throw broken("PNG");
            }
            long length = u32(in, pos, false);
            if (length > in.length - pos - 12L) {
                throw broken("PNG");
            }
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (first && !type.equals("IHDR")) {
                throw broken("PNG");
            }
            first = false;
            int size = (int) length + 12;
            if (PNG_KEPT.contains(type)) {
                out.write(in, pos, size);
            }
            pos += size;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }

    /**
     * A JPEG of at most {@code size} pixels on its longer side, the right way up; null when the image cannot be
     * decoded here (a CMYK JPEG, say) or is too large to decode safely: it is kept all the same, without one.
     */
    static byte[] thumbnail(byte[] image, String format, int orientation, int size) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return null;
                }
                var parameters = reader.getDefaultReadParam();
                // Decoding every second or fourth pixel is enough for a thumbnail and far lighter.
                int step = Math.max(1, Math.max(width, height) / (size * 2));
                parameters.setSourceSubsampling(step, step, 0, 0);
                BufferedImage source = reader.read(0, parameters);
                return scaled(source, orientation, size);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] scaled(BufferedImage source, int orientation, int size) throws IOException {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        int uprightW = turned ? h : w;
        int uprightH = turned ? w : h;
        double scale = Math.min(1.0, (double) size / Math.max(uprightW, uprightH));
        int outW = Math.max(1, (int) Math.round(uprightW * scale));
        int outH = Math.max(1, (int) Math.round(uprightH * scale));
        var thumbnail = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outW, outH);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale((double) outW / uprightW, (double) outH / uprightH);
            g.drawImage(source, upright(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(thumbnail, "jpeg", out);
        return out.toByteArray();
    }

    /** The Exif orientations (1 to 8) as the transform that stands a w x h image upright. */
    static AffineTransform upright(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    private static InvalidFieldException broken(String kind) {
        return new InvalidFieldException("file", "file starts as a " + kind + " image but is not a complete, "
                + "well-formed one");
    }

    private static boolean startsWith(byte[] in, int at, String text) {
        byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
        if (at + expected.length > in.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (in[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] in, int at, boolean little) {
        int a = in[at] & 0xff;
        int b = in[at + 1] & 0xff;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static long u32(byte[] in, int at, boolean little) {
        long a = in[at] & 0xff;
        long b = in[at + 1] & 0xff;
        long c = in[at + 2] & 0xff;
        long d = in[at + 3] & 0xff;
        return little ? (d << 24) | (c << 16) | (b << 8) | a : (a << 24) | (b << 16) | (c << 8) | d;
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
