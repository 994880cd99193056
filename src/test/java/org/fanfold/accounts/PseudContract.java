package org.fanfold.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.testing.TestData;
import org.fanfold.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pseuds on every database: AO3's name rules, the default pseud, icons and bylines. */
abstract class PseudContract {

    @Autowired
    Accounts accounts;

    @Autowired
    PseudEditor editor;

    @Autowired
    PseudIcons icons;

    @Autowired
    FanfoldProperties props;

    User user;

    @BeforeEach
    void user() {
        user = TestData.user(accounts);
    }

    static PseudForm named(String name) {
        return new PseudForm(name, "", false, "", "", false);
    }

    @Test
    void aUserHasSeveralPseudsEachNamedOnceWithAO3sRules() {
        Pseud pen = editor.create(
                user,
                new PseudForm("Pen Name", "<p>Writes <b>fluff</b></p><script>x()</script>", false, "", "", false),
                null);
        assertThat(pen.name()).isEqualTo("Pen Name");
        assertThat(pen.isDefault()).isFalse();
        assertThat(pen.description()).contains("<b>fluff</b>").doesNotContain("script");
        assertThat(pen.url()).isEqualTo("/users/" + user.login() + "/pseuds/Pen%20Name");
        assertThat(pen.byline()).isEqualTo("Pen Name (" + user.login() + ")");
        assertThat(accounts.pseuds(user.id())).extracting(Pseud::name).containsExactly(user.login(), "Pen Name");

        assertThat(errorsOf(() -> editor.create(user, named("pen name"), null)))
                .containsEntry("name", "You already have a pseud with that name.");
        assertThat(errorsOf(() -> editor.create(user, named("Bad/Name"), null)).get("name"))
                .contains("letters, numbers, spaces, underscores, and dashes");
        assertThat(errorsOf(() -> editor.create(user, named("- _ -"), null)).get("name"))
                .contains("at least one letter or number");
        assertThat(errorsOf(() -> editor.create(user, named("x".repeat(41)), null))
                        .get("name"))
                .contains("at most 40");
        assertThat(errorsOf(() -> editor.create(user, named(""), null))).containsKey("name");
        assertThat(errorsOf(() -> editor.create(
                        user, new PseudForm("Long", "d".repeat(501), false, "a".repeat(251), "", false), null)))
                .containsKeys("description", "iconAltText");
        assertThat(accounts.pseuds(user.id())).hasSize(2);

        User other = TestData.user(accounts);
        assertThat(editor.create(other, named("Pen Name"), null).userId()).isEqualTo(other.id());
        assertThat(editor.create(user, named("Écrivaine 作家"), null).name()).isEqualTo("Écrivaine 作家");
    }

    @Test
    void anotherPseudCanBecomeTheDefaultAndNeitherTheDefaultNorTheLoginPseudCanBeDeleted() {
        Pseud login = accounts.defaultPseud(user.id());
        Pseud pen = editor.create(user, new PseudForm("Quill", "", true, "", "", false), null);
        assertThat(accounts.defaultPseud(user.id()).id()).isEqualTo(pen.id());
        assertThat(accounts.pseuds(user.id()).stream().filter(Pseud::isDefault)).hasSize(1);

        assertThat(errorsOf(() -> editor.delete(accounts.defaultPseud(user.id()))))
                .containsEntry("pseud", "You cannot delete your default pseudonym, sorry!");
        Pseud loginNow = accounts.pseudsByIds(List.of(login.id())).get(login.id());
        assertThat(errorsOf(() -> editor.delete(loginNow)))
                .containsEntry("pseud", "You cannot delete the pseud matching your username, sorry!");
        assertThat(errorsOf(() -> editor.update(loginNow, named("Renamed"), null)))
                .containsKey("name");

        editor.update(loginNow, new PseudForm(loginNow.name(), "", true, "", "", false), null);
        editor.delete(accounts.pseudsByIds(List.of(pen.id())).get(pen.id()));
        assertThat(accounts.pseuds(user.id())).extracting(Pseud::id).containsExactly(login.id());
        assertThat(accounts.defaultPseud(user.id()).id()).isEqualTo(login.id());
    }

    @Test
    void iconsAreKnownByTheirBytesStoredInTheDataDirectoryAndReplacedWhole() throws Exception {
        byte[] png = TestImages.png();
        Pseud pseud = editor.create(user, new PseudForm("Iconic", "", false, "A red square", "hi", false), png);
        assertThat(pseud.iconType()).isEqualTo("image/png");
        assertThat(pseud.iconUrl()).startsWith("/pseud_icons/" + pseud.id() + "?v=");
        var file = icons.find(pseud.id(), PseudIcons.Type.PNG).orElseThrow();
        assertThat(file.startsWith(props.dataDir())).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(png);

        byte[] gif = TestImages.square("gif", 50, Color.BLUE);
        Pseud replaced = editor.update(pseud, PseudForm.of(pseud), gif);
        assertThat(replaced.iconType()).isEqualTo("image/gif");
        assertThat(replaced.iconVersion()).isGreaterThanOrEqualTo(pseud.iconVersion());
        assertThat(icons.find(pseud.id(), PseudIcons.Type.PNG)).isEmpty();
        assertThat(icons.find(pseud.id(), PseudIcons.Type.GIF)).isPresent();

        assertThat(errorsOf(() -> editor.update(replaced, PseudForm.of(replaced), "<svg onload=x()>".getBytes())))
                .containsEntry("icon", "Icon must be a PNG, JPEG, GIF or WebP image.");
        byte[] huge = Arrays.copyOf(png, PseudIcons.MAX_BYTES + 1);
        assertThat(errorsOf(() -> editor.update(replaced, PseudForm.of(replaced), huge))
                        .get("icon"))
                .contains("at most 500 KB");
        assertThat(accounts.pseud(user.login(), "Iconic").orElseThrow().iconType())
                .isEqualTo("image/gif");

        Pseud removed = editor.update(replaced, new PseudForm("Iconic", "", false, "", "", true), null);
        assertThat(removed.hasIcon()).isFalse();
        assertThat(icons.find(pseud.id(), PseudIcons.Type.GIF)).isEmpty();
    }

    @Test
    void aBylineNamesOnePseudOrEveryPseudOfThatName() {
        String shared = TestData.unique("Twin");
        User other = TestData.user(accounts);
        Pseud mine = editor.create(user, named(shared), null);
        Pseud theirs = editor.create(other, named(shared), null);

        assertThat(accounts.pseudsByByline(shared.toLowerCase()))
                .extracting(Pseud::id)
                .containsExactlyInAnyOrder(mine.id(), theirs.id());
        assertThat(accounts.pseudsByByline(shared + " (" + other.login() + ")"))
                .extracting(Pseud::id)
                .containsExactly(theirs.id());
        assertThat(accounts.pseudsByByline(" " + user.login() + " "))
                .extracting(Pseud::userId)
                .containsExactly(user.id());
        assertThat(accounts.pseudsByByline("nobody" + shared)).isEmpty();
    }

    private static Map<String, String> errorsOf(Runnable action) {
        try {
            action.run();
        } catch (AccountException e) {
            return e.errors();
        }
        throw new AssertionError("expected the change to be refused");
    }
}
