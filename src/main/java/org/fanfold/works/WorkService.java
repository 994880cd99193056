package org.fanfold.works;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.search.IndexQueue;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes works: post, save as draft, edit, delete. Each call is one transaction that also writes the search outbox
 * row, so a work is either saved whole with its tags, chapters, series and gifts, or not at all. Thread-safe.
 */
@Service
public class WorkService {

    /** What the author asked for: keep it as a draft, or post it now. */
    public enum Mode {
        DRAFT,
        POST
    }

    private final WorkStore works;
    private final SeriesStore series;
    private final TagService tags;
    private final Accounts accounts;
    private final IndexQueue index;
    private final WorkVisibility visibility;
    private final CoCreators coCreators;
    private final GiftRules giftRules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkService(
            WorkStore works,
            SeriesStore series,
            TagService tags,
            Accounts accounts,
            IndexQueue index,
            WorkVisibility visibility,
            CoCreators coCreators,
            GiftRules giftRules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.coCreators = coCreators;
        this.giftRules = giftRules;
        this.works = works;
        this.series = series;
        this.tags = tags;
        this.accounts = accounts;
        this.index = index;
        this.visibility = visibility;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a work credited to {@code pseud} with its chapters (at least one).
     *
     * @return the new work's id
     * @throws WorkRejected when the work or a chapter breaks the rules; nothing is written
     */
    @Transactional
    public long create(Pseud pseud, WorkInput input, List<ChapterInput> chapters, Mode mode) {
        return insert(List.of(pseud.id()), pseud.userId(), input, chapters, mode, Map.of(), true);
    }

    /**
     * Posts a work brought over from another archive ({@link ArchivedWorks}): as {@link #create(Pseud, WorkInput,
     * List, Mode)}, but nobody hears of it as a new work (it is not new, and an archive brings thousands at once).
     */
    long createArchived(Pseud pseud, WorkInput input, List<ChapterInput> chapters) {
        return insert(List.of(pseud.id()), pseud.userId(), input, chapters, Mode.POST, Map.of(), false);
    }

    /**
     * Creates a work posted by {@code viewer}, credited as {@code credits} asks: to their chosen pseuds (the default
     * one when none is chosen), with the co-creators named invited to accept.
     *
     * @return the new work's id
     * @throws WorkRejected when the work, a chapter or the credits are wrong; nothing is written
     */
    @Transactional
    public long create(Viewer viewer, Credits credits, WorkInput input, List<ChapterInput> chapters, Mode mode) {
        long userId = signedIn(viewer);
        Map<String, String> creditErrors = new LinkedHashMap<>();
        CoCreators.Resolved resolved = coCreators.resolve(userId, credits, List.of(), creditErrors);
        long id = insert(resolved.ownPseudIds(), userId, input, chapters, mode, creditErrors, true);
        coCreators.apply(id, userId, resolved, clock.millis());
        return id;
    }

    private long insert(
            List<Long> pseudIds,
            long userId,
            WorkInput input,
            List<ChapterInput> chapters,
            Mode mode,
            Map<String, String> creditErrors,
            boolean announce) {
        Map<String, String> errors = new LinkedHashMap<>(WorkRules.check(input));
        if (chapters.isEmpty()) errors.put("body", "A work needs at least one chapter.");
        for (ChapterInput c : chapters) WorkRules.check(c).forEach(errors::putIfAbsent);
        checkSeries(input.series(), userId, errors);
        giftRules.check(null, input.giftRecipients(), userId, List.of(), errors);
        creditErrors.forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) throw new WorkRejected(errors);

        long now = clock.millis();
        boolean post = mode == Mode.POST;
        long id = works.insertWork(input, post, now);
        works.setCreators(id, pseudIds);
        int position = 1;
        for (ChapterInput c : chapters) works.insertChapter(id, position++, c, post, now);
        works.recount(id);
        Set<Long> gifted = applyTagsSeriesGifts(id, input, userId, now);
        if (post) {
            index.enqueue(id);
            if (announce) {
                events.publishEvent(new WorkEvents.WorkPosted(id));
                if (!gifted.isEmpty()) events.publishEvent(new WorkEvents.GiftsGiven(id, List.copyOf(gifted), userId));
            }
        }
        return id;
    }

    /** Changes a work's metadata (and, when given, its only chapter's text); its credits stay. */
    @Transactional
    public void update(long workId, Viewer viewer, WorkInput input, @Nullable ChapterInput onlyChapter) {
        update(workId, viewer, input, onlyChapter, Credits.DEFAULT);
    }

    /**
     * Changes a work's metadata (and, when given, its only chapter's text) and the viewer's part of its credits:
     * which of their pseuds it names (none chosen: as before), and co-creators to invite. Other creators stay.
     *
     * @throws WorkRejected when something is wrong; nothing is written
     */
    @Transactional
    public void update(
            long workId, Viewer viewer, WorkInput input, @Nullable ChapterInput onlyChapter, Credits credits) {
        Work work = editable(workId, viewer);
        long userId = signedIn(viewer);
        Map<String, String> errors = new LinkedHashMap<>(WorkRules.check(input));
        if (onlyChapter != null) WorkRules.check(onlyChapter).forEach(errors::putIfAbsent);
        if (input.expectedChapters() != null && input.expectedChapters() < work.chapterCount()) {
            errors.put(
                    "expectedChapters",
                    "This work has " + work.chapterCount() + " chapters, so it can't expect fewer.");
        }
        checkSeries(input.series(), userId, errors);
        List<Long> others = works.creatorUserIds(List.of(workId)).getOrDefault(workId, List.of()).stream()
                .filter(u -> u != userId)
                .toList();
        giftRules.check(workId, input.giftRecipients(), userId, others, errors);
        List<Long> credited = works.creatorPseudIds(List.of(workId)).getOrDefault(workId, List.of());
        CoCreators.Resolved resolved = coCreators.resolve(userId, credits, credited, errors);
        if (!errors.isEmpty()) throw new WorkRejected(errors);
        long now = clock.millis();
        works.updateWork(workId, input, now);
        coCreators.apply(workId, userId, resolved, now);
        if (onlyChapter != null) {
            List<Chapter> chapters = works.chapters(workId);
            if (chapters.size() == 1) works.updateChapter(chapters.getFirst().id(), onlyChapter, now);
            works.recount(workId);
        }
        Set<Long> gifted = applyTagsSeriesGifts(workId, input, userId, now);
        index.enqueue(workId);
        if (work.posted()) {
            events.publishEvent(new WorkEvents.WorkUpdated(workId));
            if (!gifted.isEmpty()) events.publishEvent(new WorkEvents.GiftsGiven(workId, List.copyOf(gifted), userId));
        }
    }

    /** Posts a draft with all its chapters. */
    @Transactional
    public void post(long workId, Viewer viewer) {
        Work work = editable(workId, viewer);
        if (work.posted()) return;
        works.post(workId, clock.millis());
        works.recount(workId);
        index.enqueue(workId);
        events.publishEvent(new WorkEvents.WorkPosted(workId));
        // a draft's recipients hear of their gift now, when they can read it
        List<Long> recipients = series.giftRecipientIds(workId);
        if (!recipients.isEmpty()) events.publishEvent(new WorkEvents.GiftsGiven(workId, recipients, signedIn(viewer)));
    }

    /** Deletes a work and everything of it. */
    @Transactional
    public void delete(long workId, Viewer viewer) {
        editable(workId, viewer);
        works.delete(workId);
        index.enqueue(workId);
        events.publishEvent(new WorkEvents.WorkDeleted(workId));
    }

    /** Hides a work from everyone but admins and its creators, or shows it again. Admins only. */
    @Transactional
    public void setHidden(long workId, Viewer viewer, boolean hidden) {
        if (!viewer.admin()) throw new ForbiddenException("hide works");
        works.find(workId).orElseThrow(() -> new NotFoundException("work " + workId));
        works.setHidden(workId, hidden);
        index.enqueue(workId);
    }

    /**
     * The id of a series of {@code userId}'s titled {@code title} (ignoring case and surrounding spaces), so that
     * an importer can add a work to the series it says it belongs to; empty when they have none by that title.
     */
    public Optional<Long> seriesTitled(long userId, String title) {
        String wanted = title.strip();
        return series.ofUser(userId).stream()
                .filter(s -> s.title().strip().equalsIgnoreCase(wanted))
                .map(Series::id)
                .findFirst();
    }

    /** The work, if {@code viewer} is one of its creators. */
    Work editable(long workId, Viewer viewer) {
        Work work = works.find(workId).orElseThrow(() -> new NotFoundException("work " + workId));
        List<Long> creators = works.creatorUserIds(List.of(workId)).getOrDefault(workId, List.of());
        if (!visibility.canEdit(creators, viewer)) {
            if (!visibility.canSee(work, creators, viewer)) throw new NotFoundException("work " + workId);
            throw new ForbiddenException("edit this work");
        }
        return work;
    }

    private static long signedIn(Viewer viewer) {
        if (viewer.userId() == null) throw new ForbiddenException("post works without logging in");
        return viewer.userId();
    }

    private void checkSeries(SeriesChoice choice, Long userId, Map<String, String> errors) {
        if (choice.existingId() != null && (userId == null || !series.isCreator(choice.existingId(), userId))) {
            errors.put("series", "You can only add your works to your own series.");
        }
        if (choice.newTitle() != null && choice.newTitle().length() > WorkRules.TITLE_MAX) {
            errors.put("series", "A series title must be at most " + WorkRules.TITLE_MAX + " characters long.");
        }
    }

    /** Returns the accounts the work became a gift to. */
    private Set<Long> applyTagsSeriesGifts(long workId, WorkInput input, long userId, long now) {
        Set<Long> tagIds = new LinkedHashSet<>();
        tagIds.add(fixed(input.rating(), TagType.RATING).id());
        for (String w : input.warnings())
            tagIds.add(fixed(w, TagType.ARCHIVE_WARNING).id());
        for (String c : input.categories())
            tagIds.add(fixed(c, TagType.CATEGORY).id());
        for (String n : input.fandoms())
            tagIds.add(tags.findOrCreate(n, TagType.FANDOM).id());
        for (String n : input.relationships())
            tagIds.add(tags.findOrCreate(n, TagType.RELATIONSHIP).id());
        for (String n : input.characters())
            tagIds.add(tags.findOrCreate(n, TagType.CHARACTER).id());
        for (String n : input.freeforms())
            tagIds.add(tags.findOrCreate(n, TagType.FREEFORM).id());
        works.setTags(workId, tagIds);

        SeriesChoice choice = input.series();
        if (choice.existingId() != null) {
            series.place(choice.existingId(), workId, choice.position(), now);
        } else if (!choice.none()) {
            series.place(series.create(choice.newTitle().strip(), userId, now), workId, choice.position(), now);
        }

        List<Gift> gifts = new ArrayList<>();
        for (String name : input.giftRecipients()) gifts.add(new Gift(name, null));
        return series.setGifts(
                workId, gifts, name -> accounts.byLogin(name).map(u -> u.id()).orElse(null));
    }

    /** A rating, warning or category by name: these are fixed, so an unknown one is an error, not a new tag. */
    private Tag fixed(String name, TagType type) {
        return tags.find(name)
                .filter(t -> t.type() == type)
                .orElseThrow(() -> new WorkRejected(Map.of(
                        fieldOf(type),
                        "\"" + name + "\" is not " + TagType.article(type.label()) + " "
                                + type.label().toLowerCase(Locale.ROOT) + ".")));
    }

    private static String fieldOf(TagType type) {
        return switch (type) {
            case RATING -> "rating";
            case ARCHIVE_WARNING -> "warnings";
            default -> "categories";
        };
    }
}
