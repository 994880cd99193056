package org.fanfold.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A file's text as numbered lines: strictly decoded UTF-8, without a BOM, with CRLF and CR line ends made LF. */
final class SourceText {

    /** One line of the file, without its line end. */
    record Line(int number, String text) {
        boolean blank() {
            return text.isBlank();
        }

        String stripped() {
            return text.strip();
        }
    }

    private SourceText() {}

    /** Decodes {@code content}; throws when it is not UTF-8 or holds no text. */
    static List<Line> lines(byte[] content) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new ImportException("the file is empty", 0);
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var lines = new ArrayList<Line>(raw.length);
        for (int i = 0; i < raw.length; i++) lines.add(new Line(i + 1, raw[i].stripTrailing()));
        return lines;
    }

    private static String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) result = decoder.flush(out);
        if (result.isError()) {
            throw new ImportException("the file is not UTF-8 text", lineAt(content, in.position()));
        }
        return out.flip().toString();
    }

    /** The 1-based line holding byte {@code offset}, counting LF, CRLF and lone CR as line ends. */
    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
