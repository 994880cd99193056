package org.fanfold.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkDocumentSource;
import org.fanfold.shared.WordCounter;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagGraph;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds search documents from the database. A work's filter ids come from the wrangled tag graph ({@link TagGraph}):
 * each tag's canonical (a synonym filters under it) and all that canonical's meta tags, so the index finds works by
 * the tags readers filter on, not by the spelling authors typed; the crossover flag follows AO3's fandom rule. A
 * work's collections, and who may read it while unrevealed, come from the collections module through
 * {@link WorkCollections}.
 */
@Component
class WorkDocuments implements WorkDocumentSource {

    /** The creator name of a work in an anonymous collection, as AO3 shows and indexes it. */
    static final String ANONYMOUS = "Anonymous";

    private final JdbcClient jdbc;
    private final WorkStore works;
    private final TagService tags;
    private final TagGraph graph;
    private final Accounts accounts;
    private final ObjectProvider<WorkCollections> collections;

    WorkDocuments(
            JdbcClient jdbc,
            WorkStore works,
            TagService tags,
            TagGraph graph,
            Accounts accounts,
            ObjectProvider<WorkCollections> collections) {
        this.jdbc = jdbc;
        this.works = works;
        this.tags = tags;
        this.graph = graph;
        this.accounts = accounts;
        this.collections = collections;
    }

    @Override
    public List<WorkDocument> load(Collection<Long> workIds) {
        if (workIds.isEmpty()) return List.of();
        List<Work> posted = works.findAll(List.copyOf(workIds)).stream()
                .filter(Work::posted)
                .toList();
        if (posted.isEmpty()) return List.of();
        List<Long> ids = posted.stream().map(Work::id).toList();
        WorkStore.Creators creators = works.credits(ids);
        Map<Long, List<Long>> pseudIds = creators.pseudIds();
        Map<Long, List<Long>> userIds = creators.userIds();
        Map<Long, List<Long>> tagIds = works.tagIds(ids);
        Map<Long, List<String>> bodies = works.chapterBodies(ids);
        Map<Long, Pseud> pseuds = creators.pseuds();
        Set<Long> allTags = new HashSet<>();
        tagIds.values().forEach(allTags::addAll);
        Map<Long, Tag> tagsById = tags.byIds(allTags);
        Map<Long, Tag> filterTags = tags.byIds(graph.filterIds(allTags));
        return build(posted, pseudIds, userIds, tagIds, bodies, pseuds, tagsById, filterTags);
    }

    private List<WorkDocument> build(
            List<Work> posted,
            Map<Long, List<Long>> pseudIds,
            Map<Long, List<Long>> userIds,
            Map<Long, List<Long>> tagIds,
            Map<Long, List<String>> bodies,
            Map<Long, Pseud> pseuds,
            Map<Long, Tag> tagsById,
            Map<Long, Tag> filterTags) {
        WorkCollections port = collections.getIfAvailable(() -> WorkCollections.NONE);
        List<Long> ids = posted.stream().map(Work::id).toList();
        Map<Long, List<Long>> collectionIds = port.collectionIds(ids);
        List<Long> unrevealed =
                posted.stream().filter(Work::unrevealed).map(Work::id).toList();
        Map<Long, Set<Long>> readers = unrevealed.isEmpty() ? Map.of() : port.unrevealedReaders(unrevealed);
        List<WorkDocument> docs = new ArrayList<>(posted.size());
        for (Work w : posted) {
            List<String> creators = new ArrayList<>();
            for (long p : pseudIds.getOrDefault(w.id(), List.of())) {
                Pseud pseud = pseuds.get(p);
                if (pseud != null) creators.add(pseud.name());
            }
            if (w.importedAuthor() != null) creators.addFirst(w.importedAuthor());
            // An anonymous work is found, sorted and shown as "Anonymous", never by its creators' names.
            if (w.anonymous()) creators = List.of(ANONYMOUS);
            List<Long> workTags = tagIds.getOrDefault(w.id(), List.of());
            List<TagRef> own = new ArrayList<>();
            List<Long> fandoms = new ArrayList<>();
            for (long t : workTags) {
                Tag tag = tagsById.get(t);
                if (tag == null) continue;
                own.add(new TagRef(tag.id(), tag.name(), tag.type().dbName()));
                if (tag.type() == TagType.FANDOM) fandoms.add(tag.id());
            }
            Set<Long> filters = graph.filterIds(workTags);
            List<TagRef> facets = new ArrayList<>();
            for (long f : filters) {
                Tag filter = filterTags.get(f);
                // Sidebars offer only canonical tags (AO3's rule): an unwrangled tag still filters on itself,
                // but is not counted as a facet until a wrangler makes it canonical or a synonym.
                if (filter != null && filter.canonical()) {
                    facets.add(
                            new TagRef(filter.id(), filter.name(), filter.type().dbName()));
                }
            }
            StringBuilder body = new StringBuilder();
            for (String b : bodies.getOrDefault(w.id(), List.of()))
                body.append(WordCounter.plainText(b)).append('\n');
            docs.add(new WorkDocument(
                    w.id(),
                    w.title(),
                    WordCounter.plainText(w.summary()),
                    WordCounter.plainText(w.notes()),
                    creators,
                    userIds.getOrDefault(w.id(), List.of()),
                    pseudIds.getOrDefault(w.id(), List.of()),
                    own,
                    List.copyOf(filters),
                    facets,
                    w.language(),
                    w.wordCount(),
                    w.chapterCount(),
                    w.complete(),
                    graph.crossover(fandoms),
                    w.restricted(),
                    w.hiddenByAdmin(),
                    w.anonymous(),
                    w.unrevealed(),
                    List.copyOf(readers.getOrDefault(w.id(), Set.of())),
                    collectionIds.getOrDefault(w.id(), List.of()),
                    w.publishedAt() == null ? w.createdAt() : w.publishedAt(),
                    w.updatedAt(),
                    w.hits(),
                    w.kudosCount(),
                    w.commentsCount(),
                    w.bookmarksCount(),
                    body.toString()));
        }
        return docs;
    }

    /**
     * Reads the works in {@link RebuildOrder} (by fandom, dealt into {@code passes}), each batch's rows with a few
     * queries by id. Tags and filter tags are read in one go per batch, past the tag cache (a rebuild reads every tag
     * once or twice; it would only churn the cache), and pseuds are kept for the whole rebuild.
     */
    @Override
    public void forEachBatch(int batchSize, int passes, Consumer<List<WorkDocument>> batch) {
        long[] order = order(passes);
        Map<Long, Pseud> pseuds = new HashMap<>();
        for (int from = 0; from < order.length; from += batchSize) {
            List<Long> ids = new ArrayList<>(batchSize);
            for (int i = from; i < Math.min(order.length, from + batchSize); i++) ids.add(order[i]);
            List<Work> posted = works.findAll(ids).stream().filter(Work::posted).toList();
            if (posted.isEmpty()) continue;
            List<Long> postedIds = posted.stream().map(Work::id).toList();
            Map<Long, List<Long>> pseudIds = works.creatorPseudIds(postedIds);
            Map<Long, List<Long>> tagIds = works.tagIds(postedIds);
            Map<Long, List<String>> bodies = works.chapterBodies(postedIds);
            Set<Long> missingPseuds = new HashSet<>();
            for (List<Long> ps : pseudIds.values()) for (long p : ps) if (!pseuds.containsKey(p)) missingPseuds.add(p);
            pseuds.putAll(accounts.pseudsByIds(missingPseuds));
            // as creatorUserIds: the users behind the pseuds, in credit order
            Map<Long, List<Long>> userIds = new HashMap<>();
            pseudIds.forEach((work, ps) -> {
                List<Long> users = new ArrayList<>(ps.size());
                for (long p : ps) {
                    Pseud pseud = pseuds.get(p);
                    if (pseud != null) users.add(pseud.userId());
                }
                if (!users.isEmpty()) userIds.put(work, users);
            });
            Set<Long> allTags = new HashSet<>();
            tagIds.values().forEach(allTags::addAll);
            Set<Long> filterTagIds = graph.filterIds(allTags);
            Set<Long> wanted = new HashSet<>(allTags);
            wanted.addAll(filterTagIds);
            Map<Long, Tag> tagsById = tags.byIdsUncached(wanted);
            batch.accept(build(posted, pseudIds, userIds, tagIds, bodies, pseuds, tagsById, tagsById));
        }
    }

    /** The posted works' ids in the order a rebuild reads them. */
    private long[] order(int passes) {
        long[] ids = works.postedIds();
        long[][] pairs = {new long[1024], new long[1024]};
        int[] n = {0};
        works.forEachFandomOfWork((work, fandom) -> {
            if (n[0] == pairs[0].length) {
                pairs[0] = Arrays.copyOf(pairs[0], n[0] * 2);
                pairs[1] = Arrays.copyOf(pairs[1], n[0] * 2);
            }
            pairs[0][n[0]] = work;
            pairs[1][n[0]++] = fandom;
        });
        return RebuildOrder.of(ids, pairs[0], pairs[1], n[0], passes);
    }

    @Override
    public long countIndexable() {
        return jdbc.sql("SELECT COUNT(*) FROM works WHERE posted = 1")
                .query(Long.class)
                .single();
    }
}
