package org.fanfold.works;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.search.Crossover;
import org.fanfold.search.Range;
import org.fanfold.search.SearchSort;
import org.fanfold.tags.TagNames;
import org.jspecify.annotations.Nullable;

/**
 * A listing's filters as AO3 writes them in URLs, so AO3 filter links translate: {@code work_search[query]},
 * {@code work_search[other_tag_names]}, {@code work_search[excluded_tag_names]},
 * {@code include_work_search[rating_ids][]}, {@code exclude_work_search[freeform_ids][]},
 * {@code work_search[crossover]} (F: none, T: only), {@code work_search[complete]} (T/F),
 * {@code work_search[single_chapter]}, {@code work_search[language_id]}, {@code work_search[words_from]} /
 * {@code words_to}, {@code work_search[date_from]} / {@code date_to} (updated, YYYY-MM-DD; Fanfold's
 * {@code work_search[posted_from]} / {@code posted_to} for the day first posted), {@code work_search[revised_at]}
 * (updated how long ago: "&lt; 2 weeks", "&gt; 1 month", "2-4 weeks", "7 days"; {@link TimeAgo}), AO3's range strings
 * for {@code hits}, {@code kudos_count}, {@code comments_count}, {@code bookmarks_count} ("&gt;100", "&lt;50",
 * "10-100"), {@code work_search[sort_column]} and {@code sort_direction}; and Fanfold's
 * {@code work_search[body_query]} for the stories' own text; AO3's search form's {@code work_search[title]} and
 * {@code work_search[creators]}. Unknown values are ignored; a number, range or date that
 * cannot be read is left out of the filter and kept as typed in {@code unread} (parameter name → text), so the form
 * shows it again with what is wrong ({@link #problems}).
 */
public record WorkFilter(
        String query,
        String bodyQuery,
        String title,
        String creators,
        List<String> includeNames,
        List<String> excludeNames,
        Set<Long> includeIds,
        Set<Long> excludeIds,
        Crossover crossover,
        @Nullable Boolean complete,
        boolean singleChapter,
        String language,
        Range words,
        Range updated,
        String revisedAt,
        Range revised,
        Range posted,
        Range hits,
        Range kudos,
        Range comments,
        Range bookmarks,
        String sortColumn,
        String sortDirection,
        int page,
        Map<String, String> unread) {

    private static final List<String> ID_TYPES =
            List.of("rating", "archive_warning", "category", "fandom", "character", "relationship", "freeform");
    private static final Pattern RANGE =
            Pattern.compile("\\s*(?:([<>])\\s*(\\d{1,18})|(\\d{1,18})\\s*-\\s*(\\d{1,18})|(\\d{1,18}))\\s*");

    /** No filters: everything, newest update first. (Declared after the constants {@link #parse} uses.) */
    public static final WorkFilter NONE = parse(Map.of());

    /**
     * Reads the filters from request parameters (name → values). "How long ago" is seen from the start of this
     * minute: the same filter read again within the minute is the same query, whose counts the engine keeps.
     */
    public static WorkFilter parse(Map<String, String[]> params) {
        return parse(params, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    }

    /** Reads the filters from request parameters (name → values), "how long ago" seen at {@code now}. */
    static WorkFilter parse(Map<String, String[]> params, Instant now) {
        Set<Long> include = new LinkedHashSet<>();
        Set<Long> exclude = new LinkedHashSet<>();
        for (String type : ID_TYPES) {
            ids(params, "include_work_search[" + type + "_ids][]", include);
            ids(params, "work_search[" + type + "_ids][]", include);
            ids(params, "exclude_work_search[" + type + "_ids][]", exclude);
        }
        ids(params, "work_search[excluded_tag_ids][]", exclude);
        ids(params, "work_search[filter_ids][]", include);
        String crossover = one(params, "work_search[crossover]");
        String complete = one(params, "work_search[complete]");
        Map<String, String> unread = new LinkedHashMap<>();
        String revisedAt = one(params, "work_search[revised_at]");
        Range revised = revisedAt.isEmpty() ? Range.ANY : TimeAgo.parse(revisedAt, now);
        if (revised == null) {
            unread.put("work_search[revised_at]", revisedAt);
            revisedAt = "";
            revised = Range.ANY;
        }
        return new WorkFilter(
                one(params, "work_search[query]"),
                one(params, "work_search[body_query]"),
                one(params, "work_search[title]"),
                one(params, "work_search[creators]"),
                TagNames.split(one(params, "work_search[other_tag_names]")),
                TagNames.split(one(params, "work_search[excluded_tag_names]")),
                include,
                exclude,
                switch (crossover.toUpperCase(Locale.ROOT)) {
                    case "F" -> Crossover.EXCLUDE;
                    case "T" -> Crossover.ONLY;
                    default -> Crossover.ANY;
                },
                switch (complete.toUpperCase(Locale.ROOT)) {
                    case "T", "TRUE", "1" -> Boolean.TRUE;
                    case "F", "FALSE", "0" -> Boolean.FALSE;
                    default -> null;
                },
                Set.of("1", "true", "T").contains(one(params, "work_search[single_chapter]")),
                one(params, "work_search[language_id]"),
                ordered(mergeRanges(
                        new Range(
                                readNumber(params, "work_search[words_from]", unread),
                                readNumber(params, "work_search[words_to]", unread)),
                        readRange(params, "work_search[word_count]", unread))),
                days(
                        readDay(params, "work_search[date_from]", false, unread),
                        readDay(params, "work_search[date_to]", true, unread)),
                revisedAt,
                revised,
                days(
                        readDay(params, "work_search[posted_from]", false, unread),
                        readDay(params, "work_search[posted_to]", true, unread)),
                readRange(params, "work_search[hits]", unread),
                readRange(params, "work_search[kudos_count]", unread),
                readRange(params, "work_search[comments_count]", unread),
                readRange(params, "work_search[bookmarks_count]", unread),
                one(params, "work_search[sort_column]"),
                one(params, "work_search[sort_direction]").toLowerCase(Locale.ROOT),
                org.fanfold.shared.Paged.pageNumber(one(params, "page")),
                Map.copyOf(unread));
    }

    private static final String NUMBER = "is not a number";
    private static final String RANGE_WANTED = "is not a number or a range (100, >100, <50 or 10-100)";
    private static final String DAY = "is not a date (YYYY-MM-DD)";
    private static final String AGO = "is not a time ago (< 2 weeks, > 1 month, 2-4 weeks or 7 days)";

    /** The fields read as numbers, ranges or days, in the form's order: parameter → what the form calls it and wants. */
    private static final Map<String, String[]> FIELDS = fields(
            "work_search[words_from]",
            "Words from",
            NUMBER,
            "work_search[words_to]",
            "Words to",
            NUMBER,
            "work_search[word_count]",
            "Word count",
            RANGE_WANTED,
            "work_search[date_from]",
            "Updated from",
            DAY,
            "work_search[date_to]",
            "Updated to",
            DAY,
            "work_search[revised_at]",
            "Updated how long ago",
            AGO,
            "work_search[posted_from]",
            "Posted from",
            DAY,
            "work_search[posted_to]",
            "Posted to",
            DAY,
            "work_search[hits]",
            "Hits",
            RANGE_WANTED,
            "work_search[kudos_count]",
            "Kudos",
            RANGE_WANTED,
            "work_search[comments_count]",
            "Comments",
            RANGE_WANTED,
            "work_search[bookmarks_count]",
            "Bookmarks",
            RANGE_WANTED);

    private static Map<String, String[]> fields(String... triples) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) out.put(triples[i], new String[] {triples[i + 1], triples[i + 2]});
        return java.util.Collections.unmodifiableMap(out);
    }

    /** One line per value that could not be read (and is left out of the filter), in the form's order. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        FIELDS.forEach((param, field) -> {
            String text = unread.get(param);
            if (text != null) out.add(field[0] + ": “" + text + "” " + field[1] + ".");
        });
        return out;
    }

    /** What a form field shows: the text as typed when it could not be read, else {@code read} (the value used). */
    public String shown(String param, String read) {
        return unread.getOrDefault(param, read);
    }

    /** The updated range's first day as YYYY-MM-DD (UTC), or "" for none. */
    public String updatedFrom() {
        return dayText(updated.from());
    }

    /** The updated range's last day as YYYY-MM-DD (UTC), or "" for none. */
    public String updatedTo() {
        return dayText(updated.to());
    }

    /**
     * When the works were last updated, as both the updated days ({@link #updated}) and the time ago
     * ({@link #revised}) have it: AO3 applies both.
     */
    public Range updatedWithin() {
        return updated.and(revised);
    }

    /** The posted range's first day as YYYY-MM-DD (UTC), or "" for none. */
    public String postedFrom() {
        return dayText(posted.from());
    }

    /** The posted range's last day as YYYY-MM-DD (UTC), or "" for none. */
    public String postedTo() {
        return dayText(posted.to());
    }

    /** The day (UTC) an instant falls on, as YYYY-MM-DD: a range's first or last millisecond gives its day. */
    private static String dayText(@Nullable Long epochMillis) {
        return epochMillis == null ? "" : org.fanfold.shared.Formats.utcDate(epochMillis);
    }

    public String hitsText() {
        return rangeText(hits);
    }

    public String kudosText() {
        return rangeText(kudos);
    }

    public String commentsText() {
        return rangeText(comments);
    }

    public String bookmarksText() {
        return rangeText(bookmarks);
    }

    /** Whether anything narrows the listing (a sort or page alone does not). */
    public boolean narrows() {
        return hasText()
                || !includeNames.isEmpty()
                || !excludeNames.isEmpty()
                || !includeIds.isEmpty()
                || !excludeIds.isEmpty()
                || crossover != Crossover.ANY
                || complete != null
                || singleChapter
                || !language.isBlank()
                || !words.any()
                || !updated.any()
                || !revised.any()
                || !posted.any()
                || !hits.any()
                || !kudos.any()
                || !comments.any()
                || !bookmarks.any();
    }

    /** Whether a text query asks for works by how well they match (Best Match is then the default order). */
    public boolean hasText() {
        return !query.isBlank() || !bodyQuery.isBlank() || !title.isBlank() || !creators.isBlank();
    }

    /**
     * The order the works come in: the one asked for, else Best Match for a text query and the newest update first
     * for any other. Best Match without text to match (a link or saved filter kept from a search) would give every
     * work the same score, so it is the newest update first too, as is a column that is no sort.
     */
    public SearchSort sort() {
        SearchSort fallback = hasText() ? SearchSort.BEST_MATCH : SearchSort.DATE_UPDATED;
        SearchSort asked = SearchSort.of(sortColumn, fallback);
        return asked == SearchSort.BEST_MATCH && !hasText() ? SearchSort.DATE_UPDATED : asked;
    }

    /** The sort the form shows: AO3's column name of {@link #sort()}. */
    public String sortShown() {
        return sort().column();
    }

    public boolean includes(long tagId) {
        return includeIds.contains(tagId);
    }

    public boolean excludes(long tagId) {
        return excludeIds.contains(tagId);
    }

    public String completeValue() {
        return complete == null ? "" : complete ? "T" : "F";
    }

    public String crossoverValue() {
        return switch (crossover) {
            case EXCLUDE -> "F";
            case ONLY -> "T";
            case ANY -> "";
        };
    }

    public String wordsFrom() {
        return words.from() == null ? "" : String.valueOf(words.from());
    }

    public String wordsTo() {
        return words.to() == null ? "" : String.valueOf(words.to());
    }

    /** The filters as AO3-style query parameters (without the page), e.g. for a saved filter or a pager link. */
    public Map<String, List<String>> toParams() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "work_search[query]", query);
        put(p, "work_search[body_query]", bodyQuery);
        put(p, "work_search[title]", title);
        put(p, "work_search[creators]", creators);
        put(p, "work_search[other_tag_names]", String.join(",", includeNames));
        put(p, "work_search[excluded_tag_names]", String.join(",", excludeNames));
        for (long id : includeIds)
            p.computeIfAbsent("work_search[filter_ids][]", k -> new ArrayList<>())
                    .add(String.valueOf(id));
        for (long id : excludeIds)
            p.computeIfAbsent("work_search[excluded_tag_ids][]", k -> new ArrayList<>())
                    .add(String.valueOf(id));
        put(p, "work_search[crossover]", crossoverValue());
        put(p, "work_search[complete]", completeValue());
        put(p, "work_search[single_chapter]", singleChapter ? "1" : "");
        put(p, "work_search[language_id]", language);
        put(p, "work_search[words_from]", wordsFrom());
        put(p, "work_search[words_to]", wordsTo());
        put(p, "work_search[date_from]", updatedFrom());
        put(p, "work_search[date_to]", updatedTo());
        put(p, "work_search[revised_at]", revisedAt);
        put(p, "work_search[posted_from]", postedFrom());
        put(p, "work_search[posted_to]", postedTo());
        put(p, "work_search[hits]", rangeText(hits));
        put(p, "work_search[kudos_count]", rangeText(kudos));
        put(p, "work_search[comments_count]", rangeText(comments));
        put(p, "work_search[bookmarks_count]", rangeText(bookmarks));
        put(p, "work_search[sort_column]", sortColumn);
        put(p, "work_search[sort_direction]", sortDirection);
        return p;
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (!value.isBlank()) p.put(name, List.of(value));
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 || v[0] == null ? "" : v[0].strip();
    }

    private static void ids(Map<String, String[]> params, String name, Set<Long> into) {
        String[] values = params.get(name);
        if (values == null) return;
        for (String v : values) {
            for (String part : v.split(",")) {
                Long n = number(part);
                if (n != null) into.add(n);
            }
        }
    }

    private static @Nullable Long number(String s) {
        String digits = s.replace(",", "").strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) return null;
        return Long.parseLong(digits);
    }

    /** AO3's range strings: "&gt;100", "&lt;50", "10-100", "100" (exactly). */
    static Range range(String s) {
        if (s.isBlank()) return Range.ANY;
        Matcher m = RANGE.matcher(s.replace(",", ""));
        if (!m.matches()) return Range.ANY;
        if (m.group(1) != null) {
            long n = Long.parseLong(m.group(2));
            return m.group(1).equals(">") ? new Range(n + 1, null) : new Range(null, Math.max(0, n - 1));
        }
        if (m.group(3) != null) return ordered(new Range(Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
        long n = Long.parseLong(m.group(5));
        return new Range(n, n);
    }

    private static @Nullable Long readNumber(Map<String, String[]> params, String name, Map<String, String> unread) {
        String text = one(params, name);
        Long n = number(text);
        if (n == null && !text.isEmpty()) unread.put(name, text);
        return n;
    }

    private static Range readRange(Map<String, String[]> params, String name, Map<String, String> unread) {
        String text = one(params, name);
        Range r = range(text);
        if (r.any() && !text.isEmpty()) unread.put(name, text);
        return r;
    }

    private static @Nullable Long readDay(
            Map<String, String[]> params, String name, boolean endOfDay, Map<String, String> unread) {
        String text = one(params, name);
        Long day = day(text, endOfDay);
        if (day == null && !text.isEmpty()) unread.put(name, text);
        return day;
    }

    private static String rangeText(Range r) {
        if (r.any()) return "";
        if (r.from() != null && r.to() != null)
            return r.from().equals(r.to()) ? String.valueOf(r.from()) : r.from() + "-" + r.to();
        return r.from() != null ? ">" + (r.from() - 1) : "<" + (r.to() + 1);
    }

    /** A range typed the wrong way round ("100-10", words from 5,000 to 100) is read the right way round. */
    private static Range ordered(Range r) {
        return r.from() != null && r.to() != null && r.from() > r.to() ? new Range(r.to(), r.from()) : r;
    }

    /** From the first day's first millisecond to the last day's last, whichever order the two days came in. */
    private static Range days(@Nullable Long from, @Nullable Long to) {
        if (from == null || to == null || from <= to) return new Range(from, to);
        return new Range(to - 86_399_999L, from + 86_399_999L);
    }

    private static Range mergeRanges(Range a, Range b) {
        return new Range(a.from() != null ? a.from() : b.from(), a.to() != null ? a.to() : b.to());
    }

    /** A YYYY-MM-DD day as epoch ms: its first millisecond, or its last when {@code endOfDay}. */
    private static @Nullable Long day(String s, boolean endOfDay) {
        if (s.isBlank()) return null;
        try {
            LocalDate d = LocalDate.parse(s);
            long start = d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            return endOfDay ? start + 86_399_999L : start;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
