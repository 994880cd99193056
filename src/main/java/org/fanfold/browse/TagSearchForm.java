package org.fanfold.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.fanfold.shared.Paged;
import org.fanfold.tags.TagSearch;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;

/**
 * AO3's tag search form as its URLs write it: {@code tag_search[name]}, {@code tag_search[fandoms]} (names, comma
 * separated), {@code tag_search[type]} ({@code Fandom}, {@code Character}, {@code Relationship}, {@code Freeform}
 * or empty for any), {@code tag_search[wrangling_status]} (or AO3's older {@code tag_search[canonical]}, true or
 * false), {@code tag_search[sort_column]} ({@code name}, {@code created_at}, {@code uses}),
 * {@code tag_search[sort_direction]} and {@code page}.
 *
 * @param submitted whether any {@code tag_search} parameter came: a bare {@code /tags/search} shows the form alone
 */
public record TagSearchForm(
        String name,
        String fandoms,
        @Nullable TagType type,
        TagSearch.Status status,
        String sortColumn,
        boolean descending,
        int page,
        boolean submitted) {

    /** The sort columns, as AO3's form offers them: value and label. */
    public static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "Name", "created_at", "Date Created", "uses", "Uses");

    static TagSearchForm parse(Map<String, String[]> params) {
        String name = param(params, "name");
        TagType type = TagType.parse(param(params, "type"));
        if (type != null && !TagSearch.TYPES.contains(type)) type = null;
        TagSearch.Status status = TagSearch.Status.parse(param(params, "wrangling_status"));
        String canonical = param(params, "canonical").toLowerCase(Locale.ROOT);
        if (status == TagSearch.Status.ANY && !canonical.isEmpty()) { // AO3's older parameter
            status = canonical.equals("true") || canonical.equals("t") || canonical.equals("1")
                    ? TagSearch.Status.CANONICAL
                    : TagSearch.Status.NONCANONICAL;
        }
        String column = param(params, "sort_column");
        if (!SORT_COLUMNS.containsKey(column)) column = "name";
        String direction = param(params, "sort_direction").toLowerCase(Locale.ROOT);
        boolean descending = direction.isEmpty() ? !column.equals("name") : direction.equals("desc");
        String[] page = params.get("page");
        boolean submitted = params.keySet().stream().anyMatch(k -> k.startsWith("tag_search["));
        return new TagSearchForm(
                name.strip(),
                param(params, "fandoms").strip(),
                type,
                status,
                column,
                descending,
                Paged.pageNumber(page == null || page.length == 0 ? "" : page[0]),
                submitted);
    }

    /** The parameters that ask this search again, for the pager (without the page). */
    public String query() {
        return "tag_search[name]=" + encode(name)
                + "&tag_search[fandoms]=" + encode(fandoms)
                + "&tag_search[type]=" + (type == null ? "" : type.dbName())
                + "&tag_search[wrangling_status]=" + status.param()
                + "&tag_search[sort_column]=" + sortColumn
                + "&tag_search[sort_direction]=" + (descending ? "desc" : "asc");
    }

    /** The type's radio button value: the stored name, or empty for any type. */
    public String typeParam() {
        return type == null ? "" : type.dbName();
    }

    private static String param(Map<String, String[]> params, String key) {
        String[] values = params.get("tag_search[" + key + "]");
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
