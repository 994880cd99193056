package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pulls the tags FanFiction.net authors put in their summaries ({@code AU Future; "…" One Shot. NaruSaku.}) out of
 * the summary.
 *
 * <p>The summary is cut into segments at semicolons, line ends and sentence ends; a quoted passage is one segment
 * however many sentences it holds. Only segments at either end of the summary can be tags, and only when short
 * (at most four words, no punctuation) and recognisably a tag: a pairing shorthand ({@code NaruSaku}, {@code X/Y},
 * {@code X x Y}) becomes a relationship, a known tag word ("AU …", "One Shot", "Drabble", a FanFiction.net genre)
 * an additional tag. What lies between the end runs is the summary proper; if that is a single quoted passage,
 * the quotation marks go. Short sentences that are just prose ("Sasuke returns.") stay in the summary.
 *
 * @param summary the summary proper, plain text, possibly empty
 * @param relationships pairing shorthands found
 * @param freeforms other tags found
 */
record SummaryTags(String summary, List<String> relationships, List<String> freeforms) {

    private static final int MAX_TAG_WORDS = 4;

    // Two capitalised name stems of three letters or more run together: NaruSaku, SasuHina, KakaIru.
    private static final Pattern CAMEL_PAIRING = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}{2,}");
    private static final String NAME = "\\p{Lu}[\\p{L}'.\\-]*(?: \\p{Lu}[\\p{L}'.\\-]*)?";
    private static final Pattern SLASH_PAIRING = Pattern.compile(NAME + "(?: ?/ ?" + NAME + ")+");
    private static final Pattern X_PAIRING = Pattern.compile(NAME + " [xX×] " + NAME);
    private static final Pattern ONE_SHOT = Pattern.compile("(?i)one[- ]?shots?");
    private static final Pattern TAG_WORDS = Pattern.compile("(?i)one[- ]?shots?|drabbles?|song[- ]?fic|fluff|fluffy"
            + "|crack|crackfic|lemon|lime|ooc|wip|slash|yaoi|yuri|femslash|future[- ]?fic|time[- ]travel"
            + "|canon[- ]divergence|alternate universe.*|.*[- ]centric|(?:post|pre)-[\\p{L}-]+");
    private static final Pattern AU = Pattern.compile(".*\\bAU\\b.*");

    private record Segment(int start, int end, boolean quoted) {}

    /** Splits {@code summary} into the summary proper and the tags at its ends. */
    static SummaryTags of(String summary) {
        List<Segment> segments = segments(summary);
        var relationships = new ArrayList<String>();
        var freeforms = new ArrayList<String>();
        int first = 0;
        while (first < segments.size() && collect(summary, segments.get(first), relationships, freeforms)) first++;
        int last = segments.size() - 1;
        var trailing = new ArrayList<String>();
        var trailingFreeforms = new ArrayList<String>();
        while (last >= first && collect(summary, segments.get(last), trailing, trailingFreeforms)) last--;
        relationships.addAll(trailing.reversed());
        freeforms.addAll(trailingFreeforms.reversed());
        String proper = "";
        if (first <= last) {
            Segment a = segments.get(first);
            Segment b = segments.get(last);
            proper = a == b && a.quoted()
                    ? summary.substring(a.start() + 1, a.end() - 1)
                    : summary.substring(a.start(), b.end());
        }
        return new SummaryTags(proper.strip(), relationships, freeforms);
    }

    /** Whether {@code tag} says the story is a one-shot ("One Shot", "oneshot", "One-Shot"). */
    static boolean oneShot(String tag) {
        return ONE_SHOT.matcher(tag).matches();
    }

    /** Adds the segment to the tags if it is one; false when it is prose. */
    private static boolean collect(String s, Segment seg, List<String> relationships, List<String> freeforms) {
        if (seg.quoted()) return false;
        String text = s.substring(seg.start(), seg.end()).strip().replaceFirst("[.!?;]+$", "");
        if (text.isEmpty() || text.split("\\s+").length > MAX_TAG_WORDS || text.matches(".*[.!?;:,\"“”].*")) {
            return false;
        }
        if (TagLists.genre(text) == null
                && (CAMEL_PAIRING.matcher(text).matches()
                        || SLASH_PAIRING.matcher(text).matches()
                        || X_PAIRING.matcher(text).matches())) {
            relationships.add(text);
            return true;
        }
        if (TagLists.genre(text) != null
                || AU.matcher(text).matches()
                || TAG_WORDS.matcher(text).matches()) {
            freeforms.add(text);
            return true;
        }
        return false;
    }

    /** Cuts at semicolons, line ends and sentence ends; a quoted passage is one segment. */
    private static List<Segment> segments(String s) {
        var out = new ArrayList<Segment>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int close = closingQuote(s, i);
            if (close > 0) {
                out.add(new Segment(i, close + 1, true));
                i = close + 1;
                continue;
            }
            int start = i;
            int end = n;
            while (i < n) {
                char c = s.charAt(i);
                if (c == ';' || c == '\n') {
                    end = i++;
                    break;
                }
                if (closingQuote(s, i) > 0) {
                    end = i;
                    break;
                }
                if (c == '.' || c == '!' || c == '?') {
                    int j = i;
                    while (j < n && ".!?".indexOf(s.charAt(j)) >= 0) j++;
                    i = j;
                    if (j >= n || Character.isWhitespace(s.charAt(j)) || closingQuote(s, j) > 0) {
                        end = j;
                        break;
                    }
                    continue;
                }
                i++;
            }
            if (!s.substring(start, Math.min(end, n)).isBlank()) out.add(new Segment(start, Math.min(end, n), false));
        }
        return out;
    }

    /** Where the quotation opening at {@code i} closes, or -1 when none opens there. */
    private static int closingQuote(String s, int i) {
        char c = s.charAt(i);
        if (c == '"') return s.indexOf('"', i + 1);
        if (c == '“') return s.indexOf('”', i + 1);
        return -1;
    }
}
