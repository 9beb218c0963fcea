package org.lede.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.lede.web.AccessTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede token create|list|revoke}: access tokens for writes to a server that listens beyond loopback. */
@Command(
    name = "token",
    header = "Access tokens for writes when serving beyond loopback.",
    mixinStandardHelpOptions = true,
    description = "Manage access tokens for `lede serve --host ADDRESS` (writes need one off loopback).",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code lede token create}: prints a new token once; only its hash is kept. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
          "Create an access token and print it. Only its SHA-256 is stored (in",
          "DATA/web.db), so keep it: it cannot be shown again. Send it as",
          "'Authorization: Bearer TOKEN', or sign in with it at /login.",
      })
  static final class Create implements Callable<Integer> {
    @Mixin DataOption data;

    @Option(names = "--label", paramLabel = "TEXT", description = "what the token is for, e.g. laptop")
    String label;

    @Override
    public Integer call() {
      try (AccessTokens tokens = AccessTokens.open(data.dir, Clock.systemUTC())) {
        System.out.println(tokens.create(label));
        System.err.println("lede token: stored the hash of a new token in " + data.dir.resolve("web.db")
            + "; it is printed once, above");
        return ExitCodes.OK;
      }
    }
  }

  /** {@code lede token list}: each token's id, label and creation time; the tokens themselves are never stored. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the access tokens: id (the start of the token's hash), created, label.")
  static final class ListTokens implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (AccessTokens tokens = AccessTokens.open(data.dir, Clock.systemUTC())) {
        for (AccessTokens.Stored t : tokens.list()) {
          System.out.println(t.id() + "  " + t.created() + "  " + (t.label() == null ? "" : t.label()));
        }
        return ExitCodes.OK;
      }
    }
  }

  /** {@code lede token revoke ID}: the token stops working at once, for the header and the sign-in cookie alike. */
  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revoke an access token by the id `lede token list` shows; a running server refuses it from the next request.")
  static final class Revoke implements Callable<Integer> {
    @Mixin DataOption data;

    @picocli.CommandLine.Parameters(paramLabel = "ID", description = "the token's id, as `lede token list` shows it")
    String id;

    @Override
    public Integer call() {
      try (AccessTokens tokens = AccessTokens.open(data.dir, Clock.systemUTC())) {
        if (!tokens.revoke(id)) {
          System.err.println("lede token revoke: no token has the id " + id + " (see lede token list --data " + data.dir + ")");
          return ExitCodes.SOME_FAILED;
        }
        System.err.println("lede token: revoked " + id);
        return ExitCodes.OK;
      }
    }
  }
}
