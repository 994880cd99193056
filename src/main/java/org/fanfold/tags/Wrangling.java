package org.fanfold.tags;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What wranglers do to tags: make them canonical, synonyms of a canonical tag, sub tags of meta tags and children
 * of parents, rename them and change an unwrangled tag's type. Each action is one transaction that writes the graph
 * change and, when works' filter ids may change, a {@code tag_changes} row; the works themselves are reindexed later
 * by {@link TagPropagator}, so an action returns at once however many works carry the tag.
 *
 * <p>Callers check that the viewer is a wrangler. Every refusal is a {@link WranglingRefused} that names the rule
 * broken; nothing is changed then. Thread-safe.
 */
@Service
public class Wrangling {

    /** Which child types a parent of each type takes: Media > Fandom > Character/Relationship/Freeform. */
    static final Map<TagType, Set<TagType>> CHILD_TYPES = Map.of(
            TagType.MEDIA, Set.of(TagType.FANDOM),
            TagType.FANDOM, Set.of(TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM),
            TagType.CHARACTER, Set.of(TagType.RELATIONSHIP));

    /** The types wranglers work on; ratings, warnings and categories are fixed. */
    static final Set<TagType> WRANGLED_TYPES =
            Set.of(TagType.MEDIA, TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM);

    /** What a mass wrangle does to every selected tag. */
    public enum MassAction {
        /** Adds the named fandom as a parent. */
        FANDOM,
        /** Makes them synonyms of the named canonical tag. */
        SYNONYM,
        /** Makes them canonical. */
        CANONICAL
    }

    private final JdbcClient jdbc;
    private final TagService tags;
    private final TagLinks links;
    private final TagChanges changes;
    private final TagWords words;

    Wrangling(JdbcClient jdbc, TagService tags, TagLinks links, TagChanges changes, TagWords words) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.links = links;
        this.changes = changes;
        this.words = words;
    }

    /**
     * Applies a tag's edit form: rename, type, canonical flag, synonym link (cleared when blank). Returns the tag as
     * it is now.
     *
     * @throws WranglingRefused when any part breaks a rule; then nothing changes
     */
    @Transactional
    public Tag edit(long tagId, TagEdit edit) {
        Tag tag = fresh(tagId);
        String name = TagNames.clean(edit.name());
        if (!name.equals(tag.name())) rename(tag, name);
        TagType type = TagType.parse(edit.type());
        if (type == null || !WRANGLED_TYPES.contains(type))
            throw new WranglingRefused("type", "\"" + edit.type() + "\" isn't a type wranglers can give a tag.");
        if (type != tag.type()) changeType(fresh(tagId), type);
        String synonymOf = edit.synonymOf() == null ? "" : TagNames.clean(edit.synonymOf());
        if (edit.canonical() && !synonymOf.isEmpty())
            throw new WranglingRefused("synonym", "A canonical tag can't be a synonym: uncheck canonical first.");
        if (!edit.canonical()) setCanonical(fresh(tagId), false);
        if (!synonymOf.isEmpty()) makeSynonym(fresh(tagId), synonymOf);
        else if (fresh(tagId).mergerId() != null) removeSynonym(tagId);
        if (edit.canonical()) setCanonical(fresh(tagId), true);
        return fresh(tagId);
    }

    /** Makes {@code metaName} a meta tag of the tag: its works are then found under the meta tag too. */
    @Transactional
    public void addMeta(long subId, String metaName) {
        Tag sub = fresh(subId);
        Tag meta = named(metaName, "meta");
        if (!sub.canonical() || !meta.canonical())
            throw new WranglingRefused("meta", "Meta taggings can only exist between two canonical tags.");
        if (sub.type() != meta.type())
            throw new WranglingRefused(
                    "meta",
                    "Meta taggings can only exist between two tags of the same type (" + meta.name() + " is "
                            + meta.type().aTag() + ", " + sub.name() + " is "
                            + sub.type().aTag() + ").");
        if (sub.id() == meta.id()) throw new WranglingRefused("meta", "A tag can't be its own meta tag.");
        if (links.ancestors(sub.id()).contains(meta.id()))
            throw new WranglingRefused(
                    "meta", meta.name() + " is already a meta tag of " + sub.name() + " (possibly indirectly).");
        if (links.ancestors(meta.id()).contains(sub.id()))
            throw new WranglingRefused(
                    "meta",
                    sub.name() + " is a meta tag of " + meta.name() + ", so " + meta.name()
                            + " can't also be its meta tag: meta tags can't form a cycle.");
        jdbc.sql("INSERT INTO meta_taggings (meta_id, sub_id) VALUES (?, ?)")
                .params(meta.id(), sub.id())
                .update();
        changes.record(sub.id());
    }

    /** Removes a direct meta tag from the tag. */
    @Transactional
    public void removeMeta(long subId, long metaId) {
        int n = jdbc.sql("DELETE FROM meta_taggings WHERE meta_id = ? AND sub_id = ?")
                .params(metaId, subId)
                .update();
        if (n > 0) changes.record(subId);
    }

    /** Adds a parent: a canonical tag of the type that takes this tag's type as children (see class comment). */
    @Transactional
    public void addParent(long childId, String parentName) {
        Tag child = fresh(childId);
        Tag parent = named(parentName, "parent");
        if (!parent.canonical())
            throw new WranglingRefused("parent", parent.name() + " isn't canonical; parent tags must be canonical.");
        if (!CHILD_TYPES.getOrDefault(parent.type(), Set.of()).contains(child.type()))
            throw new WranglingRefused(
                    "parent",
                    kind(parent.type()) + " tags can't be parents of " + kind(child.type()) + " tags: "
                            + kind(child.type()) + " tags take " + parentTypes(child.type()) + " parents.");
        jdbc.sql("INSERT INTO parent_taggings (parent_id, child_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(parent.id(), child.id())
                .update();
        changes.afterCommit(List.of(childId));
    }

    @Transactional
    public void removeParent(long childId, long parentId) {
        jdbc.sql("DELETE FROM parent_taggings WHERE parent_id = ? AND child_id = ?")
                .params(parentId, childId)
                .update();
    }

    /**
     * Applies one action to many tags at once, all or nothing. {@code target} names the fandom (FANDOM) or the
     * canonical tag (SYNONYM); CANONICAL ignores it. Returns how many tags were wrangled.
     */
    @Transactional
    public int massWrangle(List<Long> tagIds, MassAction action, String target) {
        if (tagIds.isEmpty()) throw new WranglingRefused("tags", "Select at least one tag to wrangle.");
        for (long id : tagIds) {
            Tag tag = fresh(id);
            switch (action) {
                case FANDOM -> {
                    if (named(target, "fandom").type() != TagType.FANDOM)
                        throw new WranglingRefused("fandom", TagNames.clean(target) + " isn't a fandom.");
                    addParent(id, target);
                }
                case SYNONYM -> makeSynonym(tag, TagNames.clean(target));
                case CANONICAL -> {
                    if (tag.mergerId() != null)
                        throw new WranglingRefused(
                                "tags", tag.name() + " is a synonym; make it no synonym before making it canonical.");
                    setCanonical(tag, true);
                }
            }
        }
        return tagIds.size();
    }

    private void rename(Tag tag, String name) {
        String problem = TagNames.problem(name);
        if (problem != null) throw new WranglingRefused("name", "The new name won't do: " + problem + ".");
        var other = tags.find(name);
        if (other.isPresent() && other.get().id() != tag.id())
            throw new WranglingRefused(
                    "name",
                    "\"" + other.get().name() + "\" is already "
                            + other.get().type().aTag() + ".");
        String oldKey = jdbc.sql("SELECT name_key FROM tags WHERE id = ?")
                .param(tag.id())
                .query(String.class)
                .single();
        jdbc.sql("UPDATE tags SET name = ?, name_key = ? WHERE id = ?")
                .params(name, TagNames.key(name), tag.id())
                .update();
        words.rename(tag.id(), oldKey, TagNames.key(name));
        changes.record(tag.id());
    }

    private void changeType(Tag tag, TagType type) {
        if (tag.canonical() || tag.mergerId() != null || links.hasAnyLinks(tag.id()))
            throw new WranglingRefused(
                    "type", "Only unwrangled tags change type: " + tag.name() + " is already wrangled.");
        jdbc.sql("UPDATE tags SET type = ? WHERE id = ?")
                .params(type.dbName(), tag.id())
                .update();
        changes.record(tag.id());
    }

    private void setCanonical(Tag tag, boolean canonical) {
        if (tag.canonical() == canonical) return;
        if (canonical && tag.mergerId() != null)
            throw new WranglingRefused("canonical", tag.name() + " is a synonym; a synonym can't be canonical.");
        if (!canonical && links.hasAnyLinks(tag.id()))
            throw new WranglingRefused(
                    "canonical",
                    tag.name() + " still has synonyms, meta, sub, parent or child tags; remove them before making it"
                            + " non-canonical.");
        jdbc.sql("UPDATE tags SET canonical = ? WHERE id = ?")
                .params(canonical ? 1 : 0, tag.id())
                .update();
        // Works are counted under canonical tags only in sidebars, so their documents change too.
        changes.record(tag.id());
    }

    private void makeSynonym(Tag tag, String canonicalName) {
        Tag target = named(canonicalName, "synonym");
        if (target.id() == tag.id()) throw new WranglingRefused("synonym", "A tag can't be a synonym of itself.");
        if (tag.canonical())
            throw new WranglingRefused(
                    "synonym", tag.name() + " is canonical; a canonical tag can't be a synonym of another.");
        if (!target.canonical())
            throw new WranglingRefused(
                    "synonym", target.name() + " isn't canonical; only canonical tags have synonyms.");
        if (target.type() != tag.type())
            throw new WranglingRefused(
                    "synonym",
                    target.name() + " is " + target.type().aTag() + " and " + tag.name() + " is "
                            + tag.type().aTag() + ": a synonym must be of the same type as its canonical tag.");
        if (Long.valueOf(target.id()).equals(tag.mergerId())) return;
        jdbc.sql("UPDATE tags SET merger_id = ? WHERE id = ?")
                .params(target.id(), tag.id())
                .update();
        changes.record(tag.id());
    }

    private void removeSynonym(long tagId) {
        jdbc.sql("UPDATE tags SET merger_id = NULL WHERE id = ?").param(tagId).update();
        changes.record(tagId);
    }

    private Tag named(String name, String field) {
        return tags.find(name)
                .orElseThrow(
                        () -> new WranglingRefused(field, "There's no tag called \"" + TagNames.clean(name) + "\"."));
    }

    private Tag fresh(long id) {
        Tag tag = tags.fresh(id).orElseThrow(() -> new org.fanfold.shared.NotFoundException("tag " + id));
        if (!WRANGLED_TYPES.contains(tag.type()))
            throw new WranglingRefused(
                    "type", tag.name() + " is " + tag.type().aTag() + ": ratings, warnings and categories are fixed.");
        return tag;
    }

    private static String kind(TagType type) {
        return type == TagType.FREEFORM ? "Additional" : type.label();
    }

    private static String parentTypes(TagType child) {
        return parentTypesOf(child).stream()
                .map(Wrangling::kind)
                .sorted()
                .reduce((a, b) -> a + " or " + b)
                .orElse("no");
    }

    /** The types a tag of type {@code child} takes as parents (a relationship: fandoms and characters). */
    static List<TagType> parentTypesOf(TagType child) {
        return CHILD_TYPES.entrySet().stream()
                .filter(e -> e.getValue().contains(child))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
