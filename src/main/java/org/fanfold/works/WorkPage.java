package org.fanfold.works;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a work's reading page shows.
 *
 * @param chapters the chapters rendered on this page (one, or all for the entire work)
 * @param allChapters every chapter the viewer sees, for navigation
 * @param current the chapter shown alone, or null when showing the entire work
 * @param canEdit whether the viewer is a creator
 * @param preview whether this is the preview of a draft before posting
 */
public record WorkPage(
        WorkView view,
        List<Chapter> chapters,
        List<Chapter> allChapters,
        @Nullable Chapter current,
        boolean canEdit,
        boolean preview) {

    public Work work() {
        return view.work();
    }

    public boolean multiChapter() {
        return allChapters.size() > 1;
    }

    public boolean entireWork() {
        return current == null;
    }

    public @Nullable Chapter previous() {
        if (current == null) return null;
        int i = allChapters.indexOf(current);
        return i > 0 ? allChapters.get(i - 1) : null;
    }

    public @Nullable Chapter next() {
        if (current == null) return null;
        int i = allChapters.indexOf(current);
        return i >= 0 && i < allChapters.size() - 1 ? allChapters.get(i + 1) : null;
    }
}
