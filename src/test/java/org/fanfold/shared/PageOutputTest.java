package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page's bytes are the UTF-8 of what was written, in order, however the array had to grow. */
class PageOutputTest {

    @Test
    void textIsEncodedAsTheJdkEncodesItAndStaticBytesCopiedIn() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            PageOutput page = new PageOutput(random.nextInt(64));
            var expected = new ByteArrayOutputStream(); // each piece encoded alone, as a page writes it
            for (int piece = 0; piece < 50; piece++) {
                String text = randomText(random);
                switch (random.nextInt(3)) {
                    case 0 -> page.writeContent(text);
                    case 1 -> {
                        int from = random.nextInt(text.length() + 1);
                        int to = from + random.nextInt(text.length() - from + 1);
                        page.writeContent(text, from, to);
                        text = text.substring(from, to);
                    }
                    default -> page.writeBinaryContent(text.getBytes(StandardCharsets.UTF_8));
                }
                expected.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            byte[] want = expected.toByteArray();
            assertThat(page.toByteArray()).isEqualTo(want);
            assertThat(page.size()).isEqualTo(want.length);
            var sent = new ByteArrayOutputStream();
            page.writeTo(sent);
            assertThat(sent.toByteArray()).isEqualTo(want);
        }
    }

    @Test
    void numbersAndLoneSurrogates() {
        PageOutput page = new PageOutput(0);
        page.writeUserContent(1234L);
        page.writeContent("a\uD83D");
        page.writeContent("\uDE00b é 🙂");
        // a surrogate pair split over two writes is two unpaired halves, each a '?' as the JDK encodes them
        assertThat(new String(page.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("1234a??b é 🙂");
    }

    private static String randomText(Random random) {
        String[] alphabet = {
            "a", "Z", " ", "<", "&", "é", "ß", "中", "文", "🙂", "𝄞", "\uD83D", "\uDE42", "\n", "\"", "9", "\u007F",
            "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFF"
        };
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            // now and then any char at all, surrogate halves included
            if (random.nextInt(8) == 0) out.append((char) random.nextInt(0x10000));
            else out.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return out.toString();
    }
}
