package org.fanfold.accounts;

import org.jspecify.annotations.Nullable;

/**
 * The new and edit pseud form as typed (the icon file comes beside it). Never trusted until {@link PseudEditor} has
 * checked it. Unticked checkboxes are absent from a form, so they bind as null and read as false.
 *
 * @param makeDefault make this the pseud works are credited to unless another is chosen
 * @param deleteIcon remove the current icon
 */
public record PseudForm(
        String name,
        String description,
        Boolean makeDefault,
        String iconAltText,
        String iconComment,
        Boolean deleteIcon) {

    public PseudForm {
        name = nz(name).strip();
        makeDefault = makeDefault != null && makeDefault;
        deleteIcon = deleteIcon != null && deleteIcon;
        description = nz(description);
        iconAltText = nz(iconAltText).strip();
        iconComment = nz(iconComment).strip();
    }

    static PseudForm blank() {
        return new PseudForm("", "", false, "", "", false);
    }

    static PseudForm of(Pseud pseud) {
        return new PseudForm(
                pseud.name(), pseud.description(), pseud.isDefault(), pseud.iconAltText(), pseud.iconComment(), false);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
