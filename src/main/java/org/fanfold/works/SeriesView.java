package org.fanfold.works;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;

/**
 * A series as one viewer sees it: its row and, in part order, the works in it that this viewer may see (never
 * empty: a series nobody may see any work of is not shown at all).
 */
public record SeriesView(Series series, List<WorkView> works) {

    /** The creators of the visible works, each once, in order of appearance. */
    public List<Pseud> creators() {
        Map<Long, Pseud> out = new LinkedHashMap<>();
        for (WorkView w : works) for (Pseud p : w.creators()) out.putIfAbsent(p.id(), p);
        return new ArrayList<>(out.values());
    }

    /** The fandoms of the visible works, each once. */
    public List<Tag> fandoms() {
        Map<Long, Tag> out = new LinkedHashMap<>();
        for (WorkView w : works) for (Tag t : w.tags(TagType.FANDOM)) out.putIfAbsent(t.id(), t);
        return new ArrayList<>(out.values());
    }

    public long wordCount() {
        return works.stream().mapToLong(w -> w.work().wordCount()).sum();
    }

    public boolean restricted() {
        return works.stream().allMatch(w -> w.work().restricted());
    }
}
