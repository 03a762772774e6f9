package dev.clvops.reports.pdf;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/** Liberation Sans regular and bold from openpdf-fonts-extra, as embedded PDF fonts and as AWT fonts for charts. */
final class PdfFonts {

    private static final byte[] REGULAR = bytes("/liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = bytes("/liberation/LiberationSans-Bold.ttf");

    final BaseFont regular;
    final BaseFont bold;

    PdfFonts() {
        this.regular = embedded("LiberationSans-Regular.ttf", REGULAR);
        this.bold = embedded("LiberationSans-Bold.ttf", BOLD);
    }

    static java.awt.Font awt(boolean bold, float size) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(
                    bold ? BOLD : REGULAR)).deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load Liberation Sans for charts", e);
        }
    }

    private static BaseFont embedded(String name, byte[] ttf) {
        try {
            // Identity-H with embedding: every glyph of the locale's formats is available and text is extractable
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed " + name, e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
