package org.fanfold.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.fanfold.tags.TagService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds search documents from the database. A work's filter ids are its tags' filter ids (a synonym filters under
 * its canonical tag), so the index finds works by the tags readers filter on, not by the spelling authors typed.
 */
@Component
class WorkDocuments implements WorkDocumentSource {

    private final JdbcClient jdbc;
    private final WorkStore works;
    private final TagService tags;
    private final Accounts accounts;

    WorkDocuments(JdbcClient jdbc, WorkStore works, TagService tags, Accounts accounts) {
        this.jdbc = jdbc;
        this.works = works;
        this.tags = tags;
        this.accounts = accounts;
    }

    @Override
    public List<WorkDocument> load(Collection<Long> workIds) {
        if (workIds.isEmpty()) return List.of();
        List<Work> posted = works.findAll(List.copyOf(workIds)).stream()
                .filter(Work::posted)
                .toList();
        if (posted.isEmpty()) return List.of();
        List<Long> ids = posted.stream().map(Work::id).toList();
        Map<Long, List<Long>> pseudIds = works.creatorPseudIds(ids);
        Map<Long, List<Long>> userIds = works.creatorUserIds(ids);
        Map<Long, List<Long>> tagIds = works.tagIds(ids);
        Map<Long, List<Chapter>> chapters = works.chapters(ids);
        Set<Long> allPseuds = new HashSet<>();
        pseudIds.values().forEach(allPseuds::addAll);
        Map<Long, Pseud> pseuds = accounts.pseudsByIds(allPseuds);
        Set<Long> allTags = new HashSet<>();
        tagIds.values().forEach(allTags::addAll);
        Map<Long, Tag> tagsById = tags.byIds(allTags);
        Set<Long> filterTagIds = new HashSet<>();
        tagsById.values().forEach(t -> filterTagIds.add(t.filterId()));
        Map<Long, Tag> filterTags = tags.byIds(filterTagIds);

        List<WorkDocument> docs = new ArrayList<>(posted.size());
        for (Work w : posted) {
            List<String> creators = new ArrayList<>();
            for (long p : pseudIds.getOrDefault(w.id(), List.of())) {
                Pseud pseud = pseuds.get(p);
                if (pseud != null) creators.add(pseud.name());
            }
            if (w.importedAuthor() != null) creators.addFirst(w.importedAuthor());
            List<TagRef> own = new ArrayList<>();
            Set<Long> filters = new LinkedHashSet<>();
            List<TagRef> facets = new ArrayList<>();
            for (long t : tagIds.getOrDefault(w.id(), List.of())) {
                Tag tag = tagsById.get(t);
                if (tag == null) continue;
                own.add(new TagRef(tag.id(), tag.name(), tag.type().dbName()));
                Tag filter = filterTags.getOrDefault(tag.filterId(), tag);
                if (filters.add(filter.id()))
                    facets.add(
                            new TagRef(filter.id(), filter.name(), filter.type().dbName()));
            }
            StringBuilder body = new StringBuilder();
            for (Chapter c : chapters.getOrDefault(w.id(), List.of()))
                body.append(WordCounter.plainText(c.body())).append('\n');
            docs.add(new WorkDocument(
                    w.id(),
                    w.title(),
                    WordCounter.plainText(w.summary()),
                    WordCounter.plainText(w.notes()),
                    creators,
                    userIds.getOrDefault(w.id(), List.of()),
                    own,
                    List.copyOf(filters),
                    facets,
                    w.language(),
                    w.wordCount(),
                    w.chapterCount(),
                    w.complete(),
                    crossover(facets),
                    w.restricted(),
                    w.hiddenByAdmin(),
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
     * Whether a work's fandoms make it a crossover. Until fandoms can be related by meta tags (wrangling), two
     * different fandom filter ids are a crossover.
     */
    private static boolean crossover(List<TagRef> facets) {
        return facets.stream().filter(t -> t.type().equals("Fandom")).count() > 1;
    }

    @Override
    public void forEachBatch(int batchSize, Consumer<List<WorkDocument>> batch) {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("SELECT id FROM works WHERE posted = 1 AND id > ? ORDER BY id LIMIT ?")
                    .params(after, batchSize)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) return;
            batch.accept(load(ids));
            after = ids.getLast();
        }
    }

    @Override
    public long countIndexable() {
        return jdbc.sql("SELECT COUNT(*) FROM works WHERE posted = 1")
                .query(Long.class)
                .single();
    }
}
