package dev.clvops.training.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a source file as text in its detected charset, skipping a UTF-8 byte order mark. */
final class SourceText {

    private SourceText() {
    }

    static Reader open(Path file, Charset charset) throws IOException {
        return open(Files.newInputStream(file), charset);
    }

    static Reader open(InputStream raw, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, charset);
    }
}
