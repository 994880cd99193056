package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fanfold.search.WorkDocumentSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What wrangling must do on every database; run against SQLite and PostgreSQL by its subclasses. */
abstract class WranglingContract extends WranglingFixture {

    @Autowired
    WorkDocumentSource documents;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSynonymsWorksAreFoundUnderItsCanonical() {
        String fandom = unique("Naruto ");
        String nickname = unique("NaruSaku ");
        String full = unique("Haruno Sakura/Uzumaki Naruto ");
        long byNickname = postWork(fandom, List.of(nickname), List.of(), List.of());
        long byFullName = postWork(fandom, List.of(full), List.of(), List.of());
        canonical(full, TagType.RELATIONSHIP);
        propagate();
        assertThat(listedUnder(full)).containsExactly(byFullName);

        synonym(nickname, full);
        assertThat(tag(nickname).mergerId()).isEqualTo(tag(full).id());
        propagate();
        assertThat(listedUnder(full)).containsExactlyInAnyOrder(byNickname, byFullName);

        synonym(nickname, "");
        propagate();
        assertThat(listedUnder(full)).containsExactly(byFullName);
        assertThat(listedUnder(nickname)).containsExactly(byNickname);
    }

    @Test
    void aRebuildReadsEachFandomsWorksTogetherBiggestFandomsFirst() {
        String big = unique("Big Fandom ");
        String nickname = unique("BF ");
        String small = unique("Small Fandom ");
        long b1 = postWork(big, List.of(), List.of(), List.of());
        long s1 = postWork(small, List.of(), List.of(), List.of());
        long b2 = postWork(big, List.of(), List.of(), List.of());
        long byNickname = postWork(nickname, List.of(), List.of(), List.of());
        long crossover = postWork(List.of(small, big), List.of(), List.of(), List.of());
        long s2 = postWork(small, List.of(), List.of(), List.of());
        canonical(big, TagType.FANDOM);
        canonical(small, TagType.FANDOM);
        synonym(nickname, big); // its work goes with the canonical's
        propagate();

        List<Long> order = new java.util.ArrayList<>();
        documents.forEachBatch(2, 1, batch -> batch.forEach(d -> order.add(d.id())));
        assertThat(order).doesNotHaveDuplicates().hasSize((int) documents.countIndexable());
        // the big fandom's four works (the crossover with it, the bigger of its two), in id order, then the small's
        List<Long> ours = order.stream()
                .filter(id ->
                        java.util.Set.of(b1, s1, b2, byNickname, crossover, s2).contains(id))
                .toList();
        assertThat(ours).containsExactly(b1, b2, byNickname, crossover, s1, s2);
        int first = order.indexOf(b1);
        assertThat(order.subList(first, first + 4)).containsExactly(b1, b2, byNickname, crossover);
        assertThat(order.subList(order.indexOf(s1), order.indexOf(s1) + 2)).containsExactly(s1, s2);
    }

    @Test
    void aWranglingActionReturnsBeforeItsWorksAreReindexed() {
        String fandom = unique("Fandom ");
        String sub = unique("Sub ");
        String meta = unique("Meta ");
        String subSynonym = unique("SubSyn ");
        long a = postFreeform(fandom, sub);
        long b = postFreeform(fandom, subSynonym);
        canonical(sub, TagType.FREEFORM);
        canonical(meta, TagType.FREEFORM);
        synonym(subSynonym, sub);
        propagate();

        wrangling.addMeta(tag(sub).id(), meta);
        assertThat(changes.pending(tag(sub).id())).isTrue();
        assertThat(listedUnder(meta)).isEmpty();

        assertThat(propagate()).isEqualTo(2);
        assertThat(changes.pending(tag(sub).id())).isFalse();
        assertThat(listedUnder(meta)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void metaTagsAreTransitive() {
        String fandom = unique("Fandom ");
        String bottom = unique("Bottom ");
        String middle = unique("Middle ");
        String top = unique("Top ");
        long work = postFreeform(fandom, bottom);
        for (String n : List.of(bottom, middle, top)) canonical(n, TagType.FREEFORM);
        wrangling.addMeta(tag(bottom).id(), middle);
        wrangling.addMeta(tag(middle).id(), top);
        propagate();
        assertThat(listedUnder(top)).containsExactly(work);
        assertThat(listedUnder(middle)).containsExactly(work);
        assertThat(graph.filterIds(List.of(tag(bottom).id())))
                .containsExactly(tag(bottom).id(), tag(middle).id(), tag(top).id());

        wrangling.removeMeta(tag(middle).id(), tag(top).id());
        propagate();
        assertThat(listedUnder(top)).isEmpty();
    }

    @Test
    void aMetaTagCycleIsRefused() {
        String a = unique("A "), b = unique("B "), c = unique("C ");
        for (String n : List.of(a, b, c)) canonical(n, TagType.CHARACTER);
        wrangling.addMeta(tag(b).id(), a);
        wrangling.addMeta(tag(c).id(), b);
        assertThatThrownBy(() -> wrangling.addMeta(tag(a).id(), c))
                .isInstanceOf(WranglingRefused.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> wrangling.addMeta(tag(a).id(), a)).hasMessageContaining("its own meta tag");
        assertThatThrownBy(() -> wrangling.addMeta(tag(c).id(), a)).hasMessageContaining("already a meta tag");
        assertThat(graph.metaTags(tag(a).id())).isEmpty();
    }

    @Test
    void aCanonicalTagCantBeASynonymNorASynonymOfAnotherType() {
        String one = unique("One "), two = unique("Two "), fandom = unique("Fandom ");
        canonical(one, TagType.CHARACTER);
        canonical(two, TagType.CHARACTER);
        canonical(fandom, TagType.FANDOM);
        Tag t = tag(one);
        assertThatThrownBy(() -> wrangling.edit(t.id(), new TagEdit(one, "Character", true, two)))
                .isInstanceOf(WranglingRefused.class)
                .hasMessageContaining("canonical tag can't be a synonym");
        String loose = unique("Loose ");
        Tag l = tags.findOrCreate(loose, TagType.CHARACTER);
        assertThatThrownBy(() -> wrangling.edit(l.id(), new TagEdit(loose, "Character", false, fandom)))
                .hasMessageContaining(fandom + " is a Fandom tag and " + loose + " is a Character tag")
                .hasMessageContaining("same type");
        assertThat(tag(loose).mergerId()).isNull();
    }

    @Test
    void wranglersRenameTagsButNotToAnotherTagsName() {
        String name = unique("misspeled ");
        String taken = unique("Taken ");
        String fandom = unique("Fandom ");
        long work = postFreeform(fandom, name);
        tags.findOrCreate(taken, TagType.FREEFORM);
        Tag t = tag(name);
        tags.byId(t.id());
        assertThat(tags.find(name)).contains(t); // the name cached, as a tag page's URL is
        assertThat(freeformsListedUnder(fandom)).containsExactly(name); // its blurb's tags kept with its row
        String fixed = name.replace("misspeled", "Misspelled");
        wrangling.edit(t.id(), new TagEdit(fixed, "Freeform", false, ""));
        assertThat(tags.byId(t.id()).orElseThrow().name()).isEqualTo(fixed);
        assertThat(freeformsListedUnder(fandom)).containsExactly(fixed); // at once: before any reindex
        assertThat(tag(fixed).id()).isEqualTo(t.id());
        assertThat(tags.find(name.toUpperCase())).isEmpty();
        assertThatThrownBy(() -> wrangling.edit(t.id(), new TagEdit(taken.toUpperCase(), "Freeform", false, "")))
                .isInstanceOf(WranglingRefused.class)
                .hasMessage("\"" + taken + "\" is already an Additional Tag.");
        propagate();
        assertThat(listedUnder(fixed)).containsExactly(work);
    }

    @Test
    void aTagMadeInATransactionThatRollsBackIsNotRemembered() {
        String phantom = unique("Phantom ");
        long phantomId = transactions.execute(status -> {
            long id = tags.findOrCreate(phantom, TagType.FREEFORM).id();
            assertThat(tags.byId(id).map(Tag::name)).contains(phantom);
            assertThat(tags.byIds(List.of(id))).containsKey(id);
            status.setRollbackOnly();
            return id;
        });
        assertThat(tags.find(phantom)).isEmpty();
        assertThat(tags.byId(phantomId)).isEmpty();
        // SQLite gives a rolled-back row's id to the next new row: it must show under its own name
        Tag next = tags.findOrCreate(unique("Real "), TagType.FREEFORM);
        assertThat(tags.byId(next.id()).orElseThrow().name()).isEqualTo(next.name());
        assertThat(tags.byIds(List.of(next.id())).get(next.id()).name()).isEqualTo(next.name());
    }

    @Test
    void parentsFollowTheTypeRules() {
        String media = unique("Anime ");
        String fandom = unique("Naruto ");
        String character = unique("Sakura ");
        String relationship = unique("Sakura/Naruto ");
        canonical(media, TagType.MEDIA);
        canonical(fandom, TagType.FANDOM);
        canonical(character, TagType.CHARACTER);
        Tag rel = tags.findOrCreate(relationship, TagType.RELATIONSHIP);
        wrangling.addParent(tag(fandom).id(), media);
        wrangling.addParent(tag(character).id(), fandom);
        wrangling.addParent(rel.id(), fandom);
        wrangling.addParent(rel.id(), character);
        assertThatThrownBy(() -> wrangling.addParent(tag(fandom).id(), character))
                .isInstanceOf(WranglingRefused.class)
                .hasMessageContaining("Character tags can't be parents of Fandom tags");
        assertThatThrownBy(() -> wrangling.addParent(tag(character).id(), relationship))
                .hasMessageContaining("parent tags must be canonical");
        assertThat(parentNames(rel.id())).containsExactlyInAnyOrder(fandom, character);
        wrangling.removeParent(rel.id(), tag(character).id());
        assertThat(parentNames(rel.id())).containsExactly(fandom);
    }

    @Test
    void crossoversFollowAO3sFandomRule() {
        long a = canonical(unique("A "), TagType.FANDOM).id();
        long b = canonical(unique("B "), TagType.FANDOM).id();
        long c = canonical(unique("C "), TagType.FANDOM).id();
        String metaName = unique("Meta ");
        long meta = canonical(metaName, TagType.FANDOM).id();
        String synName = unique("A syn ");
        long aSyn = tags.findOrCreate(synName, TagType.FANDOM).id();
        assertThat(graph.crossover(List.of(a))).isFalse();
        assertThat(graph.crossover(List.of(a, b))).isTrue();
        synonym(synName, tags.byId(a).orElseThrow().name());
        assertThat(graph.crossover(List.of(a, aSyn))).isFalse();
        wrangling.addMeta(a, metaName);
        wrangling.addMeta(b, metaName);
        assertThat(graph.crossover(List.of(a, b))).isFalse();
        assertThat(graph.crossover(List.of(a, b, c))).isTrue();
        assertThat(graph.crossover(List.of(meta, a))).isFalse();
    }

    @Test
    void aWorksDocumentIsACrossoverUntilItsFandomsShareAMetaTag() {
        String one = unique("Fandom One "), two = unique("Fandom Two "), meta = unique("Franchise ");
        long work = postWork(List.of(one, two), List.of(), List.of(), List.of());
        canonical(one, TagType.FANDOM);
        canonical(two, TagType.FANDOM);
        canonical(meta, TagType.FANDOM);
        propagate();
        assertThat(documents.load(List.of(work)).getFirst().crossover()).isTrue();

        wrangling.addMeta(tag(one).id(), meta);
        wrangling.addMeta(tag(two).id(), meta);
        propagate();
        assertThat(documents.load(List.of(work)).getFirst().crossover()).isFalse();
        assertThat(listedUnder(meta)).containsExactly(work);
    }

    @Test
    void autocompleteOffersOnlyCanonicalTags() {
        String prefix = unique("Zed");
        canonical(prefix + " Canon", TagType.CHARACTER);
        tags.findOrCreate(prefix + " Loose", TagType.CHARACTER);
        assertThat(tags.autocomplete(TagType.CHARACTER, prefix, 10))
                .extracting(Tag::name)
                .containsExactly(prefix + " Canon");
    }

    @Test
    void refusalsNameTypesWithTheRightArticle() {
        assertThat(TagType.FREEFORM.aTag()).isEqualTo("an Additional Tag");
        assertThat(TagType.ARCHIVE_WARNING.aTag()).isEqualTo("an Archive Warning tag");
        assertThat(TagType.CHARACTER.aTag()).isEqualTo("a Character tag");
        String sub = unique("Sub "), meta = unique("Meta ");
        canonical(sub, TagType.FREEFORM);
        canonical(meta, TagType.CHARACTER);
        assertThatThrownBy(() -> wrangling.addMeta(tag(sub).id(), meta))
                .hasMessageContaining("(" + meta + " is a Character tag, " + sub + " is an Additional Tag)");
    }

    private List<String> parentNames(long id) {
        return links.parents(id).stream().map(Tag::name).toList();
    }
}
