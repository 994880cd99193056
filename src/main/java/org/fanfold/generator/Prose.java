package org.fanfold.generator;

import java.util.random.RandomGenerator;

/**
 * Filler text for chapters: sentences of common words in paragraphs, or Chinese characters for Chinese works. The
 * text has exactly the number of words asked for, counted as {@link org.fanfold.shared.WordCounter} counts them
 * (every Han character is a word; punctuation is attached to a word or stands as no word). Thread-safe.
 */
final class Prose {

    private static final String[] WORDS =
            ("the of and to a in was he she it that his her they you with for had on at as but not be said"
                            + " were from this have one all by there what so out up into when would them could no"
                            + " been like about then him time only if over more back down their some before your"
                            + " still than know way light little long night eyes hand hands door room voice face"
                            + " away again never something thought looked just through while even after where"
                            + " because under every against around without nothing always morning quiet smile"
                            + " heart breath window river city house stairs rain cold warm soft dark bright small"
                            + " old young tired slowly almost enough perhaps across behind between toward another"
                            + " turned asked whispered laughed waited watched remembered reached stood fell held"
                            + " kept felt knew wanted seemed tried left found began carried opened closed listened"
                            + " tea letter sword ship garden road sea fire snow winter summer table kitchen coat"
                            + " shoulder fingers mouth silence moment minute years friend stranger mother father")
                    .split(" ");

    private static final String HAN = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会"
            + "自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经"
            + "头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定"
            + "女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军"
            + "产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金"
            + "何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度";

    private Prose() {}

    /** Paragraphs of about {@code words} words in all, as HTML; appends to {@code out}, returns the exact count. */
    static int english(RandomGenerator r, int words, StringBuilder out) {
        int written = 0;
        while (written < words) {
            out.append("<p>");
            int sentences = 3 + r.nextInt(5);
            for (int s = 0; s < sentences && written < words; s++) {
                int length = Math.min(words - written, 5 + r.nextInt(16));
                for (int w = 0; w < length; w++) {
                    String word = WORDS[(int) (Math.pow(r.nextDouble(), 2.2) * WORDS.length)];
                    if (w == 0) word = Names.capitalize(word);
                    if (w > 0) out.append(' ');
                    out.append(word);
                    if (w == length - 1) out.append('.');
                    else if (r.nextInt(12) == 0) out.append(',');
                }
                written += length;
                if (s < sentences - 1 && written < words) out.append(' ');
            }
            out.append("</p>\n");
        }
        return written;
    }

    /** The same in Chinese characters (each a word), with Chinese punctuation. */
    static int chinese(RandomGenerator r, int words, StringBuilder out) {
        int written = 0;
        while (written < words) {
            out.append("<p>");
            int sentences = 2 + r.nextInt(5);
            for (int s = 0; s < sentences && written < words; s++) {
                int length = Math.min(words - written, 8 + r.nextInt(20));
                for (int w = 0; w < length; w++) {
                    out.append(HAN.charAt((int) (Math.pow(r.nextDouble(), 1.8) * HAN.length())));
                    if (w == length - 1) out.append('。');
                    else if (r.nextInt(9) == 0) out.append('，');
                }
                written += length;
            }
            out.append("</p>\n");
        }
        return written;
    }

    /** A body of {@code words} words in the work's language. */
    static String body(RandomGenerator r, String language, int words) {
        var sb = new StringBuilder(words * (language.equals("zh") ? 4 : 6) + 64);
        if (language.equals("zh")) chinese(r, words, sb);
        else english(r, words, sb);
        return sb.toString();
    }

    /** A short title in Chinese characters. */
    static String chineseTitle(RandomGenerator r) {
        var sb = new StringBuilder();
        int n = 2 + r.nextInt(6);
        for (int i = 0; i < n; i++) sb.append(HAN.charAt(r.nextInt(HAN.length())));
        return sb.toString();
    }
}
