package org.fanfold.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;

/**
 * Plans works one after another from one seeded generator: picks each work's creator, fandoms, cast, tags, length
 * and dates. Fandoms are Zipf-popular (about 20,000 per million works); each fandom has its own Zipf-popular cast,
 * as large as the fandom is popular, made the first time the fandom is used from a generator of its own; pairings
 * are two (now and then three) of a fandom's characters. Not thread-safe.
 */
final class Planner {

    /** The generator's settings. {@code bodies}: average words of generated prose per work, or null for stubs. */
    record Settings(int works, long seed, @Nullable Integer bodies, int users) {}

    private static final int MAX_USER_TAGS = 75;

    private final Settings settings;
    private final RandomGenerator random;
    private final TagRegistry tags;
    private final Map<String, Long> fixed;
    private final Freeforms freeforms;
    private final long firstUserPseud;
    private final Zipf fandomPopularity;
    private final Zipf creatorPopularity;
    private final int[] creatorOfRank;
    private final Zipf freeformPopularity;
    private final String[] fandomNames;
    private final Cast[] casts;
    private final String[] freeformNames;
    private final Map<Integer, Zipf> castPopularity = new HashMap<>();
    private final Map<String, Integer> characterFandom = new HashMap<>();

    /** A fandom's characters, most popular first, as tag names. */
    private record Cast(String fandom, String[] characters) {}

    Planner(Settings settings, TagRegistry tags, Map<String, Long> fixed, long firstUserPseud) {
        this.settings = settings;
        this.random = Freeforms.random(settings.seed(), 0);
        this.tags = tags;
        this.fixed = Map.copyOf(fixed);
        this.freeforms = new Freeforms(settings.seed());
        this.firstUserPseud = firstUserPseud;
        int fandoms = Math.max(30, (int) (settings.works() * 0.02));
        fandomPopularity = new Zipf(fandoms, 1.0, 0.7, Math.max(10, fandoms / 200));
        fandomNames = new String[fandoms];
        casts = new Cast[fandoms];
        creatorPopularity = new Zipf(settings.users(), 0.75);
        creatorOfRank = shuffled(settings.users(), random);
        int vocabulary = Math.max(Freeforms.COMMON.length, settings.works() / 4);
        freeformPopularity = new Zipf(vocabulary, 1.0, 0.7, Freeforms.COMMON.length);
        freeformNames = new String[vocabulary];
    }

    /** The default pseud of the user whose rank in productivity is drawn: a few users write many works. */
    private long creatorPseud() {
        return firstUserPseud + creatorOfRank[creatorPopularity.sample(random)];
    }

    WorkPlan next(long workId) {
        RandomGenerator r = random;
        List<Long> pseuds = new ArrayList<>(2);
        pseuds.add(creatorPseud());
        if (Distributions.coCreated(r)) {
            long other = creatorPseud();
            if (other != pseuds.getFirst()) pseuds.add(other);
        }
        String language = Distributions.language(r);
        String title = language.equals("zh") && r.nextInt(10) < 7 ? Prose.chineseTitle(r) : Names.title(r);
        var summary = new StringBuilder();
        if (language.equals("zh")) Prose.chinese(r, 20 + r.nextInt(60), summary);
        else Prose.english(r, 15 + r.nextInt(50), summary);
        long published = Distributions.publishedAt(r);

        String rating = Distributions.rating(r);
        List<String> warnings = Distributions.warnings(r);
        List<String> categories = Distributions.categories(r);
        var tagIds = new LinkedHashSet<Long>();
        tagIds.add(fixed.get(rating));
        for (String w : warnings) tagIds.add(fixed.get(w));
        for (String c : categories) tagIds.add(fixed.get(c));
        userTags(r, categories, published, tagIds);

        int chapters = Distributions.chapterCount(r);
        int words = Distributions.words(r, chapters);
        Integer bodies = settings.bodies();
        if (bodies != null) {
            words = (int) Math.max(20, Math.round(bodies * Math.exp(0.5 * r.nextGaussian() - 0.125)));
            chapters = Math.max(1, Math.min(chapters, words / 100));
        }
        boolean complete = Distributions.complete(r, chapters);
        Integer expected = Distributions.expectedChapters(r, chapters, complete);
        long updated = Distributions.updatedAt(r, published, chapters);
        int[] split = Distributions.split(r, words, chapters);
        List<WorkPlan.ChapterPlan> chapterPlans = new ArrayList<>(chapters);
        int total = 0;
        for (int i = 0; i < chapters; i++) {
            long at = chapters == 1 ? published : published + (updated - published) * i / (chapters - 1);
            String body;
            int count = split[i];
            if (bodies != null) {
                body = Prose.body(r, language, split[i]);
            } else {
                var stub = new StringBuilder();
                if (language.equals("zh")) Prose.chinese(r, 30 + r.nextInt(40), stub);
                else Prose.english(r, 20 + r.nextInt(40), stub);
                body = stub.toString();
            }
            total += count;
            chapterPlans.add(new WorkPlan.ChapterPlan(i + 1, body, count, at));
        }
        long[] ids = tagIds.stream().mapToLong(Long::longValue).toArray();
        return new WorkPlan(
                workId,
                title,
                summary.toString(),
                language,
                expected,
                Distributions.restricted(r),
                total,
                published,
                updated,
                Distributions.stats(r),
                pseuds,
                chapterPlans,
                ids);
    }

    /** Adds the fandom, relationship, character and additional tags (75 at most); returns how many. */
    private int userTags(RandomGenerator r, List<String> categories, long at, LinkedHashSet<Long> out) {
        int fandomCount = Distributions.fandomCount(r);
        List<Integer> fandoms = new ArrayList<>(fandomCount);
        for (int tries = 0; fandoms.size() < fandomCount && tries < fandomCount * 5; tries++) {
            int f = fandomPopularity.sample(r);
            if (!fandoms.contains(f)) fandoms.add(f);
        }
        int budget = MAX_USER_TAGS;
        for (int f : fandoms) {
            out.add(tags.id(cast(f).fandom(), TagType.FANDOM, at));
            budget--;
        }
        boolean gen = categories.isEmpty()
                || (categories.size() == 1 && categories.getFirst().equals("Gen"));
        int relationshipCount = Math.min(budget, Distributions.relationshipCount(r));
        if (gen && r.nextDouble() < 0.5) relationshipCount = 0;
        int characterCount = Distributions.characterCount(r);
        List<String> characters = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        for (int i = 0; i < relationshipCount; i++) {
            Cast cast = cast(fandoms.get(i == 0 || r.nextInt(4) > 0 ? 0 : r.nextInt(fandoms.size())));
            Zipf popularity = castPopularity(cast.characters().length);
            int size = r.nextInt(20) == 0 ? 3 : 2;
            List<String> members = new ArrayList<>(size);
            for (int tries = 0; members.size() < size && tries < 10; tries++) {
                String c = cast.characters()[popularity.sample(r)];
                if (!members.contains(c)) members.add(c);
            }
            if (members.size() < 2) continue;
            members.sort(null); // "A/B" and "B/A" are one pairing (on AO3 one is the other's synonym)
            boolean platonic = gen || r.nextInt(12) == 0;
            String relationship = String.join(platonic ? " & " : "/", members);
            if (relationship.length() > 150) continue;
            relationships.add(relationship);
            for (String c : members)
                if (!characters.contains(c) && characters.size() < characterCount) characters.add(c);
        }
        for (int tries = 0; characters.size() < characterCount && tries < characterCount * 3; tries++) {
            Cast cast = cast(fandoms.get(r.nextInt(4) > 0 ? 0 : r.nextInt(fandoms.size())));
            String c =
                    cast.characters()[castPopularity(cast.characters().length).sample(r)];
            if (!characters.contains(c)) characters.add(c);
        }
        for (String rel : relationships) {
            if (budget == 0) break;
            if (out.add(tags.id(rel, TagType.RELATIONSHIP, at))) budget--;
        }
        for (String c : characters) {
            if (budget == 0) break;
            if (out.add(tags.id(c, TagType.CHARACTER, at))) budget--;
        }
        int freeformCount = Math.min(budget, Distributions.freeformCount(r));
        for (int i = 0; i < freeformCount; i++) {
            String name;
            if (r.nextDouble() < 0.09) {
                String who = characters.isEmpty() ? cast(fandoms.getFirst()).characters()[0] : characters.getFirst();
                name = Freeforms.chatty(r, who);
            } else {
                int rank = freeformPopularity.sample(r);
                if (freeformNames[rank] == null) freeformNames[rank] = freeforms.ranked(rank);
                name = freeformNames[rank];
            }
            if (name.length() > 150 || tags.fixed(name)) continue;
            if (out.add(tags.id(name, TagType.FREEFORM, at))) budget--;
        }
        return MAX_USER_TAGS - budget;
    }

    private Cast cast(int fandom) {
        Cast cast = casts[fandom];
        if (cast != null) return cast;
        RandomGenerator r = Freeforms.random(settings.seed(), 1_000_000_000L + fandom);
        String name = Names.fandom(r);
        for (int i = 2; tags.known(name) || tags.fixed(name); i++) name = Names.fandom(r) + (i > 5 ? " " + i : "");
        fandomNames[fandom] = name;
        // the expected number of works in this fandom sets its cast's size: 5 for the rarest, 400 for the biggest
        double share = 1.5 * settings.works() / Math.pow(fandom + 1, 0.9) / Math.log(fandomNames.length + 1);
        int size = (int) Math.clamp(5 + 2 * Math.sqrt(share), 5, 400);
        String[] characters = new String[size];
        for (int i = 0; i < size; i++) {
            String c = Names.person(r);
            Integer owner = characterFandom.get(c);
            if ((owner != null && owner != fandom) || tags.fixed(c)) c = c + " (" + name + ")";
            characterFandom.put(c, fandom);
            characters[i] = c;
        }
        cast = new Cast(name, characters);
        casts[fandom] = cast;
        return cast;
    }

    private Zipf castPopularity(int size) {
        return castPopularity.computeIfAbsent(size, n -> new Zipf(n, 1.0));
    }

    private static int[] shuffled(int n, RandomGenerator r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
