package org.fanfold.downloads;

import com.ibm.icu.text.Transliterator;
import org.fanfold.downloads.book.DownloadFormat;

/**
 * AO3's download file names: the title without HTML entities, transliterated to ASCII ("Укрощение" →
 * "Ukroshenie", "我哥" → "wo ge"), stripped to letters, digits, spaces, '_' and '-', cut at a word boundary within 24
 * characters, spaces as underscores ("War_and_Peace"); "Work_42" added when fewer than three characters are left.
 * AO3 transliterates with Unidecode, this with ICU, so names of titles in other scripts may differ in spelling.
 */
final class FileNames {

    private static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final int MAX = 24;

    private FileNames() {}

    /** "The_Lighthouse.epub". */
    static String of(long workId, String title, DownloadFormat format) {
        return base(workId, title) + "." + format.extension();
    }

    /** The name without extension. */
    static String base(long workId, String title) {
        String name = clean(title);
        if (name.length() < 3) name = name.isEmpty() ? "Work_" + workId : name + "_Work_" + workId;
        return name;
    }

    private static String clean(String title) {
        String ascii;
        synchronized (ASCII) {
            ascii = ASCII.transliterate(title.replaceAll("&\\w+;", ""));
        }
        String s = ascii.replaceAll("\\s", " ")
                .replaceAll("[^A-Za-z0-9_ -]+", "")
                .replaceAll(" +", " ")
                .strip();
        if (s.length() > MAX) {
            int space = s.lastIndexOf(' ', MAX);
            s = s.substring(0, space > 0 ? space : MAX);
        }
        return s.replace(' ', '_');
    }
}
