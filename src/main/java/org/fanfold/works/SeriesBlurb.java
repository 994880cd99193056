package org.fanfold.works;

import java.util.List;
import org.fanfold.tags.Tag;

/**
 * A series as a listing shows it; its fandoms, works and words count only the works the viewer may see.
 *
 * @param works how many of its works the viewer may see
 */
public record SeriesBlurb(Series series, List<Tag> fandoms, int works, long words) {}
