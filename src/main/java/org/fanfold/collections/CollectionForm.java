package org.fanfold.collections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The collection form as typed: AO3's name (its URL, fixed once created), display title, description (rich text,
 * sanitized when saved) and the four settings.
 */
public record CollectionForm(
        String name,
        String title,
        String description,
        Boolean moderated,
        Boolean closed,
        Boolean anonymous,
        Boolean unrevealed) {

    static final int NAME_MAX = 255;
    static final int TITLE_MAX = 255;
    static final int DESCRIPTION_MAX = 1_250;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    /** Names that are pages of their own under {@code /collections/}. */
    private static final Set<String> RESERVED = Set.of("new");

    /** Fields a form leaves out (unticked boxes) bind as null and read as empty or false. */
    public CollectionForm {
        name = name == null ? "" : name.strip();
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description;
        moderated = moderated != null && moderated;
        closed = closed != null && closed;
        anonymous = anonymous != null && anonymous;
        unrevealed = unrevealed != null && unrevealed;
    }

    static CollectionForm blank() {
        return new CollectionForm("", "", "", false, false, false, false);
    }

    static CollectionForm of(ArchiveCollection c) {
        return new CollectionForm(
                c.name(), c.title(), c.description(), c.moderated(), c.closed(), c.anonymous(), c.unrevealed());
    }

    /** The same settings under another name (an edit keeps the collection's name, whatever was sent). */
    CollectionForm named(String fixedName) {
        return new CollectionForm(fixedName, title, description, moderated, closed, anonymous, unrevealed);
    }

    /** The problems by field; empty when it may be saved. Whether the name is taken is the service's to say. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) errors.put("name", "Please enter a name for the collection's URL.");
        else if (name.length() > NAME_MAX)
            errors.put("name", "The name must be at most " + NAME_MAX + " characters long.");
        else if (!NAME.matcher(name).matches())
            errors.put("name", "The name may contain only letters, numbers and underscores.");
        else if (RESERVED.contains(CollectionStore.key(name)))
            errors.put("name", "\"" + name + "\" can't be used as a collection name.");
        if (title.isEmpty()) errors.put("title", "Please enter a title.");
        else if (title.length() > TITLE_MAX)
            errors.put("title", "The title must be at most " + TITLE_MAX + " characters long.");
        if (description.length() > DESCRIPTION_MAX)
            errors.put("description", "The description must be at most 1,250 characters long.");
        return errors;
    }
}
