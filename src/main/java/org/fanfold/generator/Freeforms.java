package org.fanfold.generator;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Additional tags ("freeforms"). The popular ones are a fixed vocabulary of AO3's common tropes, then combinations
 * of them ("Alternate Universe - Coffee Shop", "Fluff and Angst"), each rank always giving the same name; the long
 * tail is one-off, chatty tags written for a single work ("Kessa Vorn needs a nap"). Thread-safe.
 */
final class Freeforms {

    static final String[] COMMON = {
        "Fluff",
        "Angst",
        "Hurt/Comfort",
        "Romance",
        "Humor",
        "Friendship",
        "Established Relationship",
        "Slow Burn",
        "Happy Ending",
        "Family",
        "Alternate Universe",
        "Smut",
        "Canon Compliant",
        "Fluff and Angst",
        "Alternate Universe - Canon Divergence",
        "Angst with a Happy Ending",
        "Drama",
        "Canon Divergence",
        "Post-Canon",
        "Crack",
        "Mutual Pining",
        "Friends to Lovers",
        "Pining",
        "Whump",
        "Missing Scene",
        "Domestic Fluff",
        "First Kiss",
        "Found Family",
        "Character Study",
        "Enemies to Lovers",
        "Oral Sex",
        "Anal Sex",
        "Tooth-Rotting Fluff",
        "Comfort",
        "Sick Fic",
        "Introspection",
        "Minor Character Death",
        "Hurt No Comfort",
        "Eventual Romance",
        "Slice of Life",
        "Misunderstandings",
        "Emotional Hurt/Comfort",
        "Getting Together",
        "Fix-It",
        "One Shot",
        "Drabble",
        "Christmas",
        "Halloween",
        "Valentine's Day",
        "Canon-Typical Violence",
        "Violence",
        "Blood and Injury",
        "Torture",
        "Dark",
        "Depression",
        "Anxiety",
        "Nightmares",
        "Cuddling & Snuggling",
        "Kissing",
        "Dancing",
        "Soulmates",
        "Soulmate AU",
        "Time Travel",
        "Reincarnation",
        "Magic",
        "Vampires",
        "Werewolves",
        "Omegaverse",
        "Alpha/Beta/Omega Dynamics",
        "Fake Dating",
        "Marriage of Convenience",
        "Bed Sharing",
        "Secret Relationship",
        "Forbidden Love",
        "Unrequited Love",
        "Jealousy",
        "Protective Behavior",
        "Sibling Bonding",
        "Parent-Child Relationship",
        "Road Trips",
        "Coffee Shops",
        "Rivals to Lovers",
        "Sharing a Bed",
        "Love Confessions",
        "Miscommunication",
        "Grief",
        "Mourning",
        "Recovery",
        "Trauma",
        "Healing",
        "Aftermath",
        "Epilogue",
        "Prequel",
        "Sequel",
        "Worldbuilding",
        "Poetry",
        "Songfic",
        "Letters",
        "Texting",
        "Social Media",
        "Epistolary",
        "Self-Insert",
        "Reader-Insert",
        "Fluff without Plot",
        "Plot What Plot/Porn Without Plot",
        "Mild Angst",
        "Light Angst",
        "Heavy Angst",
        "Slow Build",
        "Fluff and Smut",
        "Dubious Consent",
        "Praise Kink",
        "Aftercare",
        "Kidfic",
        "Pregnancy",
        "Wedding",
        "Honeymoon",
        "Holidays",
        "Birthday",
        "Summer Vacation",
        "Beach Episode",
        "Camping",
        "Snow",
        "Rain",
        "Stargazing",
        "Cooking",
        "Baking",
        "Tattoos",
        "Piercings",
        "Music",
        "Art",
        "Books",
        "Library",
        "Academia",
        "College",
        "High School",
        "Workplace",
        "Office Romance",
        "Military",
        "War",
        "Politics",
        "Royalty",
        "Court Intrigue",
        "Assassins",
        "Heist",
        "Mystery",
        "Detectives",
        "Horror",
        "Ghosts",
        "Demons",
        "Angels",
        "Gods",
        "Mythology",
        "Fairy Tale Retelling",
        "Dragons",
        "Mermaids",
        "Space",
        "Aliens",
        "Robots",
        "Post-Apocalypse",
        "Zombies",
        "Survival",
        "Dystopia",
        "Time Loop",
        "Body Swap",
        "Amnesia",
        "Memory Loss",
        "Identity Reveal",
        "Secret Identity",
        "Undercover",
        "Kidnapping",
        "Rescue",
        "Bodyguard",
        "Hospitals",
        "Not Canon Compliant",
        "Canon Character of Color",
        "Trans Character",
        "Nonbinary Character",
        "Asexual Character",
        "Bisexual Character",
        "Coming Out",
        "Queer Themes",
        "Polyamory",
        "Threesome"
    };
    private static final String[] AU_SETTINGS = {
        "Coffee Shop",
        "College/University",
        "High School",
        "Modern Setting",
        "Royalty",
        "Pirates",
        "Space",
        "Soulmates",
        "Hogwarts",
        "Fantasy",
        "Mafia",
        "Vampire",
        "Human",
        "Non-Magical",
        "Office",
        "Hospital",
        "Band",
        "Sports",
        "Florist",
        "Bakery",
        "Apocalypse",
        "Regency",
        "Victorian",
        "Western",
        "Noir"
    };
    private static final String[] CHATTY = {
        "%C needs a hug",
        "%C deserves better",
        "%C is bad at feelings",
        "%C has a crush",
        "Protective %C",
        "Jealous %C",
        "Soft %C",
        "%C-centric",
        "%C is a Mess",
        "Mentioned %C",
        "Everyone loves %C",
        "%C has a cat",
        "%C Swears",
        "%C Redemption",
        "Bamf %C",
        "i don't know how to tag this",
        "author is projecting",
        "written at 3am",
        "this got away from me",
        "no beta we die like %C",
        "the %N is a metaphor",
        "the %N remembers",
        "so much %N",
        "%A %N",
        "there is a %N",
        "inspired by %N songs",
        "%C and the %A %N",
        "%C learns about the %N",
        "%C's %A %N"
    };
    private static final String[] ADJECTIVES = {
        "emotional",
        "tiny",
        "cursed",
        "haunted",
        "feral",
        "soft",
        "angry",
        "sleepy",
        "chaotic",
        "dramatic",
        "sad",
        "stupid",
        "mysterious",
        "ridiculous",
        "beloved",
        "secret",
        "borrowed",
        "terrible",
        "lovely",
        "wet"
    };
    private static final String[] NOUNS = {
        "tea",
        "rain",
        "sweater",
        "cat",
        "dog",
        "knife",
        "letter",
        "garden",
        "bread",
        "violin",
        "moon",
        "boat",
        "bees",
        "ghost",
        "soup",
        "blanket",
        "crown",
        "lighthouse",
        "ferris wheel",
        "umbrella",
        "mixtape",
        "kettle",
        "rooftop",
        "staircase",
        "library",
        "train",
        "frog",
        "goose",
        "wedding",
        "snowstorm"
    };

    private final long seed;

    Freeforms(long seed) {
        this.seed = seed;
    }

    /** The popular tag at this rank (0 is the most used). The same rank always gives the same name. */
    String ranked(int rank) {
        if (rank < COMMON.length) return COMMON[rank];
        RandomGenerator r = random(seed, rank);
        return switch (r.nextInt(6)) {
            case 0 ->
                "Alternate Universe - " + AU_SETTINGS[r.nextInt(AU_SETTINGS.length)] + " "
                        + Names.capitalize(NOUNS[r.nextInt(NOUNS.length)]);
            case 1 -> COMMON[r.nextInt(COMMON.length)] + " and " + COMMON[r.nextInt(COMMON.length)];
            case 2 ->
                Names.capitalize(ADJECTIVES[r.nextInt(ADJECTIVES.length)]) + " " + COMMON[r.nextInt(COMMON.length)];
            case 3 -> "Alternate Universe - " + AU_SETTINGS[r.nextInt(AU_SETTINGS.length)];
            case 4 -> COMMON[r.nextInt(COMMON.length)] + " - " + Names.word(r, 2, 3);
            default ->
                Names.capitalize(NOUNS[r.nextInt(NOUNS.length)]) + " " + COMMON[r.nextInt(COMMON.length)] + " "
                        + Names.word(r, 1, 2);
        };
    }

    /** A one-off tag, perhaps about one of the work's characters. */
    static String chatty(RandomGenerator r, String character) {
        String template = CHATTY[r.nextInt(CHATTY.length)];
        var sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char k = template.charAt(++i);
                sb.append(
                        switch (k) {
                            case 'C' -> character;
                            case 'A' -> ADJECTIVES[r.nextInt(ADJECTIVES.length)];
                            default -> NOUNS[r.nextInt(NOUNS.length)];
                        });
            } else {
                sb.append(c);
            }
        }
        if (r.nextInt(3) > 0)
            sb.append(' ').append(NOUNS[r.nextInt(NOUNS.length)]).append(' ').append(r.nextInt(1000));
        return sb.toString();
    }

    /** A generator of its own for one thing (a fandom's cast, a tag's name), so lazily made names stay the same. */
    static RandomGenerator random(long seed, long thing) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 0x9E3779B97F4A7C15L + thing);
    }
}
