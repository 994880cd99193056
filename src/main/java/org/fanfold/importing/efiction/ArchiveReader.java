package org.fanfold.importing.efiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.fanfold.importing.efiction.EfictionArchive.Author;
import org.fanfold.importing.efiction.EfictionArchive.Category;
import org.fanfold.importing.efiction.EfictionArchive.Chapter;
import org.fanfold.importing.efiction.EfictionArchive.ClassType;
import org.fanfold.importing.efiction.EfictionArchive.Classification;
import org.fanfold.importing.efiction.EfictionArchive.Review;
import org.fanfold.importing.efiction.EfictionArchive.Series;
import org.fanfold.importing.efiction.EfictionArchive.SeriesEntry;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.jspecify.annotations.Nullable;

/**
 * Turns a dump's tables into an {@link EfictionArchive}: finds the archive's table prefix, types the rows, orders
 * chapters and series parts, and leaves out (with a problem) rows without the id they need.
 */
final class ArchiveReader {

    private static final String DEFAULT_PREFIX = "fanfiction_";

    private final DumpTables tables;
    private final String prefix;

    private ArchiveReader(DumpTables tables, String prefix) {
        this.tables = tables;
        this.prefix = prefix;
    }

    /**
     * Reads the archive whose tables start with {@code prefix}; null finds it: {@code fanfiction_} (eFiction's
     * default) when the dump has those tables, else the one prefix that has a stories table.
     *
     * @throws ArchiveUnreadable when there is no stories table with that prefix, or several to choose from
     */
    static EfictionArchive read(DumpTables tables, @Nullable String prefix) {
        return new ArchiveReader(tables, prefix != null ? prefix.strip() : findPrefix(tables)).read();
    }

    private static String findPrefix(DumpTables tables) {
        if (tables.has(DEFAULT_PREFIX + "stories")) return DEFAULT_PREFIX;
        List<String> found = tables.tables().stream()
                .filter(t -> "stories".equals(EfictionSchema.kind(t)))
                .toList();
        if (found.size() == 1)
            return found.getFirst().substring(0, found.getFirst().length() - "stories".length());
        if (found.isEmpty()) {
            throw new ArchiveUnreadable("the dump has no stories table: it does not look like an eFiction archive"
                    + " (tables found: " + summary(tables) + ")");
        }
        throw new ArchiveUnreadable(
                "the dump holds several archives (" + String.join(", ", found) + "): choose one with its table prefix");
    }

    private EfictionArchive read() {
        if (!tables.has(prefix + "stories")) {
            throw new ArchiveUnreadable(
                    "the dump has no table " + prefix + "stories (tables found: " + summary(tables) + ")");
        }
        DumpRow settings = rows("settings").stream().findFirst().orElse(null);
        Map<Long, List<SeriesEntry>> bySid = new HashMap<>();
        Map<Long, List<SeriesEntry>> bySeries = new HashMap<>();
        for (SeriesEntry e : list("inseries", "seriesid", this::seriesEntry)) {
            if (e.sid() > 0)
                bySid.computeIfAbsent(e.sid(), k -> new ArrayList<>()).add(e);
            bySeries.computeIfAbsent(e.seriesid(), k -> new ArrayList<>()).add(e);
        }
        bySeries.values()
                .forEach(parts -> parts.sort(
                        Comparator.comparingLong(SeriesEntry::inorder).thenComparingLong(SeriesEntry::sid)));
        Map<Long, List<Review>> reviews = new HashMap<>();
        List<Review> otherReviews = new ArrayList<>();
        for (Review r : list("reviews", "reviewid", this::review)) {
            if (r.type().isBlank() || r.type().equalsIgnoreCase("ST")) {
                reviews.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r);
            } else {
                otherReviews.add(r);
            }
        }
        reviews.values()
                .forEach(list -> list.sort(Comparator.comparing((Review r) -> r.date() == null ? 0L : r.date())
                        .thenComparingLong(Review::reviewid)));
        Map<Long, List<Long>> coauthors = new HashMap<>();
        for (DumpRow row : rows("coauthors")) {
            Long sid = row.number("sid"), uid = row.number("uid");
            if (sid != null && uid != null)
                coauthors.computeIfAbsent(sid, k -> new ArrayList<>()).add(uid);
        }
        return new EfictionArchive(
                prefix,
                settings == null ? "" : settings.text("sitename"),
                settings == null ? "" : settings.text("url"),
                settings == null ? "" : settings.text("language"),
                settings == null ? "" : settings.text("storiespath"),
                byId("authors", "uid", r -> new Author(id(r, "uid"), r.text("penname"), r.text("email")), Author::uid),
                list("stories", "sid", this::story).stream()
                        .sorted(Comparator.comparingLong(Story::sid))
                        .toList(),
                chapters(),
                byId(
                        "series",
                        "seriesid",
                        r -> new Series(id(r, "seriesid"), r.text("title"), r.text("summary"), id(r, "uid")),
                        Series::seriesid),
                bySid,
                bySeries,
                byId(
                        "categories",
                        "catid",
                        r -> new Category(id(r, "catid"), id(r, "parentcatid"), r.text("category")),
                        Category::catid),
                names("characters", "charid", "charname"),
                byId(
                        "classes",
                        "class_id",
                        r -> new Classification(id(r, "class_id"), id(r, "class_type"), r.text("class_name")),
                        Classification::id),
                byId(
                        "classtypes",
                        "classtype_id",
                        r -> new ClassType(id(r, "classtype_id"), r.text("classtype_name"), r.text("classtype_title")),
                        ClassType::id),
                names("ratings", "rid", "rating"),
                names("warnings", "wid", "warning"),
                names("genres", "gid", "genre"),
                reviews,
                otherReviews,
                coauthors);
    }

    private Story story(DumpRow r) {
        return new Story(
                id(r, "sid"),
                r.text("title"),
                r.text("summary"),
                r.text("storynotes"),
                r.text("catid"),
                r.text("classes"),
                r.text("charid"),
                r.text("rid"),
                r.text("wid"),
                r.text("gid"),
                EfictionDates.parse(r.get("date")),
                EfictionDates.parse(r.get("updated")),
                id(r, "uid"),
                !r.text("validated").strip().equals("0"),
                r.text("completed").strip().equals("1"),
                r.line());
    }

    private Map<Long, List<Chapter>> chapters() {
        Map<Long, List<Chapter>> bySid = new HashMap<>();
        for (Chapter c : list(
                "chapters",
                "chapid",
                r -> new Chapter(
                        id(r, "chapid"),
                        id(r, "sid"),
                        id(r, "uid"),
                        r.text("title"),
                        id(r, "inorder"),
                        r.text("notes"),
                        r.text("endnotes"),
                        r.get("storytext"),
                        !r.text("validated").strip().equals("0")))) {
            bySid.computeIfAbsent(c.sid(), k -> new ArrayList<>()).add(c);
        }
        // eFiction numbers chapters by "inorder", which archives sometimes left repeated: then by id
        bySid.values()
                .forEach(list ->
                        list.sort(Comparator.comparingLong(Chapter::inorder).thenComparingLong(Chapter::chapid)));
        return bySid;
    }

    private SeriesEntry seriesEntry(DumpRow r) {
        return new SeriesEntry(id(r, "seriesid"), id(r, "sid"), id(r, "subseriesid"), id(r, "inorder"));
    }

    private Review review(DumpRow r) {
        return new Review(
                id(r, "reviewid"),
                id(r, "item"),
                id(r, "chapid"),
                r.text("reviewer"),
                id(r, "uid"),
                r.text("review"),
                EfictionDates.parse(r.get("date")),
                r.text("type").strip());
    }

    private List<DumpRow> rows(String kind) {
        return tables.rows(prefix + kind);
    }

    /** The rows of {@code kind} that have their {@code idColumn}, typed; the others are problems. */
    private <T> List<T> list(String kind, String idColumn, Function<DumpRow, T> type) {
        List<T> out = new ArrayList<>();
        for (DumpRow row : rows(kind)) {
            if (row.number(idColumn) == null) {
                tables.problem(row.line(), "a row of " + prefix + kind + " has no " + idColumn + ": left out");
            } else {
                out.add(type.apply(row));
            }
        }
        return out;
    }

    private <T> Map<Long, T> byId(String kind, String idColumn, Function<DumpRow, T> type, Function<T, Long> idOf) {
        Map<Long, T> out = new LinkedHashMap<>();
        for (T item : list(kind, idColumn, type)) out.put(idOf.apply(item), item);
        return out;
    }

    private Map<Long, String> names(String kind, String idColumn, String nameColumn) {
        Map<Long, String> out = new TreeMap<>();
        for (DumpRow row : list(kind, idColumn, r -> r)) out.put(id(row, idColumn), row.text(nameColumn));
        return out;
    }

    private static long id(DumpRow row, String column) {
        Long n = row.number(column);
        return n == null ? 0 : n;
    }

    private static String summary(DumpTables tables) {
        List<String> names = new ArrayList<>(tables.tables());
        if (names.isEmpty()) return "none";
        if (names.size() > 12) return String.join(", ", names.subList(0, 12)) + ", …";
        return String.join(", ", names);
    }
}
