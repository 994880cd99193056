package org.fanfold.generator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One generated work, ready to write: the rows {@code WorkService.create} would write for it, with ids already
 * assigned (tags in the order the service adds them: rating, warnings, categories, fandoms, relationships,
 * characters, additional tags).
 */
record WorkPlan(
        long id,
        String title,
        String summary,
        String language,
        @Nullable Integer expectedChapters,
        boolean restricted,
        int wordCount,
        long publishedAt,
        long updatedAt,
        Distributions.Stats stats,
        List<Long> pseudIds,
        List<ChapterPlan> chapters,
        long[] tagIds) {

    record ChapterPlan(int position, String body, int wordCount, long publishedAt) {}
}
