package org.fanfold.downloads.book;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long a download takes to make, warm: a 100,000-word work in 30 chapters (generated prose with emphasis,
 * scene breaks and a footnote per chapter) built and written as EPUB, PDF and HTML, each many times after a
 * warm-up, in one JVM. Not a test (surefire does not run it); {@code bench/downloads.sh} runs it.
 *
 * <p>Wall time includes waiting for a core on a busy machine; CPU time is the converting thread's own, and so
 * closer to what an idle machine's wall time would be (garbage collection runs on other threads and is left out).
 *
 * <p>Arguments: {@code [words] [chapters] [epubRuns] [pdfRuns]}, default 100000 30 40 5.
 */
public final class DownloadsBenchmark {

    private static final String[] WORDS = ("the of and to a in was he she it that his her they you with for had on"
                    + " at as but not be said were from this have one all by there what so out up into when would them"
                    + " could no been like about then him time only if over more back down their some before light"
                    + " little long night eyes hand door room voice face away again never something thought looked"
                    + " through while even after where because under every against around without nothing always"
                    + " morning quiet smile heart breath window river city house stairs rain cold warm soft dark bright"
                    + " lighthouse keeper sea storm lantern harbour tide gull rope boat shore wind salt")
            .split(" ");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DownloadsBenchmark() {}

    public static void main(String[] args) throws IOException {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int chapters = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int epubRuns = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int pdfRuns = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        String[] bodies = new String[chapters];
        Random random = new Random(42);
        long characters = 0;
        for (int c = 0; c < chapters; c++) {
            bodies[c] = chapter(random, words / chapters, c + 1);
            characters += bodies[c].length();
        }
        BookSource source = Books.source("en", bodies);
        System.out.printf(
                Locale.ROOT,
                "Work: %,d words in %d chapters, %,d characters of chapter HTML; %s, %d cores%n",
                words,
                chapters,
                characters,
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());

        EpubWriter epub = new EpubWriter(Books.TEMPLATES);
        HtmlWriter html = new HtmlWriter(Books.TEMPLATES);
        PdfWriter pdf = new PdfWriter(Books.TEMPLATES, PdfFonts.load(null));
        measure("EPUB", source, DownloadFormat.EPUB, epub, epubRuns, epubRuns);
        measure("HTML", source, DownloadFormat.HTML, html, epubRuns, epubRuns);
        measure("PDF", source, DownloadFormat.PDF, pdf, Math.max(2, pdfRuns / 2), pdfRuns);
    }

    private static void measure(
            String label, BookSource source, DownloadFormat format, BookWriter writer, int warmups, int runs)
            throws IOException {
        int size = 0;
        for (int i = 0; i < warmups; i++) size = once(source, format, writer).length;
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        double[] buildMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Book book = BookBuilder.build(source, format);
            long t1 = System.nanoTime();
            var out = new ByteArrayOutputStream(1 << 20);
            writer.write(book, out);
            long t2 = System.nanoTime();
            cpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
            ms[i] = (t2 - t0) / 1e6;
            buildMs[i] = (t1 - t0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        Arrays.sort(buildMs);
        System.out.printf(
                Locale.ROOT,
                "%-4s %,9d bytes, %d warm-up + %d runs: wall min %7.1f / median %7.1f / p90 %7.1f ms;"
                        + " CPU median %7.1f ms; building the book %5.1f ms (median)%n",
                label,
                size,
                warmups,
                runs,
                ms[0],
                ms[runs / 2],
                ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)],
                cpuMs[runs / 2],
                buildMs[runs / 2]);
    }

    private static byte[] once(BookSource source, DownloadFormat format, BookWriter writer) throws IOException {
        var out = new ByteArrayOutputStream(1 << 20);
        writer.write(BookBuilder.build(source, format), out);
        return out.toByteArray();
    }

    /** About {@code words} words of prose in paragraphs, with emphasis, a scene break and a footnote. */
    private static String chapter(Random r, int words, int number) {
        StringBuilder out = new StringBuilder(words * 7);
        int written = 0;
        boolean breakDone = false;
        List<String> paragraph = new ArrayList<>();
        while (written < words) {
            paragraph.clear();
            int length = Math.min(words - written, 40 + r.nextInt(120));
            for (int w = 0; w < length; w++) {
                String word = WORDS[(int) (Math.pow(r.nextDouble(), 2) * WORDS.length)];
                if (r.nextInt(60) == 0) word = "<em>" + word + "</em>";
                paragraph.add(w == 0 || paragraph.getLast().endsWith(".") ? capitalize(word) : word);
                if (r.nextInt(12) == 0) paragraph.set(w, paragraph.get(w) + ".");
            }
            written += length;
            out.append("<p>").append(String.join(" ", paragraph)).append(".");
            if (written == length)
                out.append("<sup><a href=\"#fn")
                        .append(number)
                        .append("\" name=\"ref")
                        .append(number)
                        .append("\">1</a></sup>");
            out.append("</p>\n");
            if (!breakDone && written > words / 2) {
                out.append("<hr />\n");
                breakDone = true;
            }
        }
        out.append("<p><a name=\"fn")
                .append(number)
                .append("\" href=\"#ref")
                .append(number)
                .append("\">1.</a> A note on chapter ")
                .append(number)
                .append(".</p>");
        return out.toString();
    }

    private static String capitalize(String word) {
        if (word.startsWith("<em>")) return "<em>" + capitalize(word.substring(4));
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
