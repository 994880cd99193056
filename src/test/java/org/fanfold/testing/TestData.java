package org.fanfold.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;

/** Builders for test users and works; every name is unique within a JVM so tests can share a database. */
public final class TestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestData() {}

    public static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + "_" + ProcessHandle.current().pid() % 10_000;
    }

    public static User user(Accounts accounts) {
        String login = unique("user");
        return accounts.register(new SignupForm(login, login + "@example.com", "password1", "password1"), false);
    }

    public static Viewer viewer(User user) {
        return new Viewer(user.id(), user.login(), user.admin(), user.wrangler());
    }

    public static Pseud pseud(Accounts accounts, User user) {
        return accounts.defaultPseud(user.id());
    }

    /** A valid work in one fandom with one freeform tag. */
    public static WorkInput work(String title, String fandom, String freeform) {
        return work(title, List.of(fandom), List.of(freeform), false);
    }

    /** A valid work in these fandoms with these freeform tags, restricted to signed-in users or not. */
    public static WorkInput work(String title, List<String> fandoms, List<String> freeforms, boolean restricted) {
        return new WorkInput(
                title,
                fandoms,
                "General Audiences",
                List.of("No Archive Warnings Apply"),
                List.of("Gen"),
                List.of(),
                List.of(),
                freeforms,
                "en",
                "<p>A summary of " + title + ".</p>",
                "",
                "",
                1,
                restricted,
                null,
                SeriesChoice.NONE,
                List.of());
    }

    public static ChapterInput chapter(String text) {
        return ChapterInput.of("", "", "", "", "<p>" + text + "</p>");
    }

    /** A fresh temporary directory, removed at JVM exit is not needed: the OS temp dir is scratch space. */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
