package org.fanfold.works;

import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Formats;
import org.fanfold.shared.Languages;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;

/**
 * A work with what its page and its blurb in listings show: creators, tags by type, series and gifts.
 *
 * @param creatorUserIds the accounts behind {@code creators}, for visibility and edit rights
 * @param gifts the recipients who have not refused the gift
 * @param hideWarnings show the archive warnings only behind a "Show warnings" switch (the viewer's preference;
 *     never on their own works)
 * @param hideFreeform the same for additional tags
 */
public record WorkView(
        Work work,
        List<Pseud> creators,
        List<Long> creatorUserIds,
        Map<TagType, List<Tag>> tags,
        List<SeriesPart> series,
        List<Gift> gifts,
        boolean hideWarnings,
        boolean hideFreeform) {

    /**
     * Hashed by the work's row and the two switches only, not its tags and creators (a listing's twenty views hold
     * hundreds of records): a blurb's rendered bytes are found by its view on every listing ({@code Fragments}).
     * Views equal in full are equal in these, and the few looks of one work that differ only in the rest are told
     * apart by {@link #equals}.
     */
    @Override
    public int hashCode() {
        int h = work.hashCode();
        h = 31 * h + Boolean.hashCode(hideWarnings);
        return 31 * h + Boolean.hashCode(hideFreeform);
    }

    public List<Tag> tags(TagType type) {
        return tags.getOrDefault(type, List.of());
    }

    /** The rating's name ("Not Rated" if somehow none). */
    public String rating() {
        List<Tag> r = tags(TagType.RATING);
        return r.isEmpty() ? "Not Rated" : r.getFirst().name();
    }

    /** Mature and Explicit works ask readers before showing the text. */
    public boolean adult() {
        String r = rating();
        return r.equals("Mature") || r.equals("Explicit");
    }

    public String languageName() {
        return Languages.name(work.language());
    }

    public boolean rightToLeft() {
        return Languages.rightToLeft(work.language());
    }

    public String published() {
        return work.publishedAt() == null ? "" : Formats.date(work.publishedAt());
    }

    public String updated() {
        return Formats.date(work.updatedAt());
    }

    /** Whether the update date differs from the posting date (AO3 then shows "Updated:" or "Completed:"). */
    public boolean updatedSincePosted() {
        return work.publishedAt() != null && !published().equals(updated());
    }

    public boolean isCreator(Long userId) {
        return userId != null && creatorUserIds.contains(userId);
    }
}
