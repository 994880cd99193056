package org.fanfold.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.fanfold.accounts.AccountException;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage accounts.",
        subcommands = {UserCommand.Create.class, UserCommand.Wrangler.class})
class UserCommand {

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Create an account (the first admin, an archivist…).",
                "Without --password-stdin a random password is made and printed."
            })
    static class Create implements Callable<Integer> {

        @Mixin
        Cli.DataOptions data;

        @Parameters(paramLabel = "LOGIN", description = "3–40 letters, digits and underscores.")
        String login;

        @Option(names = "--email", required = true, paramLabel = "E", description = "The account's email address.")
        String email;

        @Option(names = "--admin", description = "Make the account an admin.")
        boolean admin;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password;
            boolean generated = !passwordStdin;
            if (passwordStdin) {
                var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                password = line == null ? "" : line;
            } else {
                password = randomPassword();
            }
            try (var context = data.start(false)) {
                User user = context.getBean(Accounts.class)
                        .register(new SignupForm(login, email, password, password), admin);
                System.out.println(
                        "Created " + (user.admin() ? "admin " : "user ") + user.login() + " (id " + user.id() + ").");
                if (generated) System.out.println("Password: " + password);
                return 0;
            } catch (AccountException e) {
                e.errors().values().forEach(m -> System.err.println("fanfold user create: " + m));
                return 1;
            }
        }

        private static String randomPassword() {
            String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            var random = new SecureRandom();
            var sb = new StringBuilder();
            for (int i = 0; i < 16; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            return sb.toString();
        }
    }

    @Command(
            name = "wrangler",
            mixinStandardHelpOptions = true,
            description = {
                "Make an account a tag wrangler (or, with --remove, no longer one).",
                "Admins are wranglers already. The change applies from the user's next login."
            })
    static class Wrangler implements Callable<Integer> {

        @Mixin
        Cli.DataOptions data;

        @Parameters(paramLabel = "LOGIN", description = "The account's login.")
        String login;

        @Option(names = "--remove", description = "Take the wrangler role away.")
        boolean remove;

        @Override
        public Integer call() {
            try (var context = data.start(false)) {
                Accounts accounts = context.getBean(Accounts.class);
                User user = accounts.byLogin(login).orElse(null);
                if (user == null) {
                    System.err.println("fanfold user wrangler: there is no user " + login + ".");
                    return 1;
                }
                accounts.setWrangler(user.id(), !remove);
                System.out.println(
                        user.login() + (remove ? " is no longer a tag wrangler." : " is now a tag wrangler."));
                return 0;
            }
        }
    }
}
