package org.lede.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.lede.library.Library;
import org.lede.store.SiteCollection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede collection}: named sets of sites, for {@code collection:NAME} in queries and comparisons. */
@Command(
    name = "collection",
    header = "Named sets of sites (\"UK national press\") to search and compare.",
    mixinStandardHelpOptions = true,
    description = {
        "A collection names a set of sites. In any query, collection:NAME (or collection:\"Two words\") matches the",
        "articles of its sites; `lede attention Q --collection A --collection B` compares Q across collections.",
        "",
        "Examples:  lede collection create \"UK press\" --site \"The Guardian\" --site \"The Times\"",
        "           lede collection list",
        "           lede search 'flood collection:\"UK press\"'",
        "           lede collection delete \"UK press\"",
    },
    subcommands = {CollectionCommand.Create.class, CollectionCommand.ListAll.class, CollectionCommand.Delete.class})
final class CollectionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "create", header = "Create a collection (or replace one with --replace).", mixinStandardHelpOptions = true)
  static final class Create implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME", description = "the collection's name")
    String name;

    @Option(names = "--site", paramLabel = "SITE", required = true, description = "a site, as articles name it (repeatable)")
    List<String> sites;

    @Option(names = "--replace", description = "replace a collection of the same name")
    boolean replace;

    @Override
    public Integer call() {
      SiteCollection collection;
      try {
        collection = SiteCollection.of(name, sites);
      } catch (IllegalArgumentException e) {
        System.err.println("lede collection create: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      try (Library library = data.open()) {
        if (!library.saveCollection(collection, replace)) {
          System.err.println("lede collection create: " + collection.name() + " exists; --replace replaces it");
          return ExitCodes.USAGE;
        }
      }
      System.out.println("collection " + collection.name() + ": " + String.join("; ", collection.sites()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", header = "List the collections and their sites.", mixinStandardHelpOptions = true)
  static final class ListAll implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (Library library = data.open()) {
        List<SiteCollection> all = library.collections();
        if (all.isEmpty()) System.out.println("no collections (lede collection create NAME --site SITE makes one)");
        for (SiteCollection c : all) System.out.println(c.name() + ": " + String.join("; ", c.sites()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", header = "Delete a collection.", mixinStandardHelpOptions = true)
  static final class Delete implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME", description = "the collection's name (any case)")
    String name;

    @Override
    public Integer call() {
      try (Library library = data.open()) {
        if (!library.deleteCollection(name)) {
          System.err.println("lede collection delete: there is no collection named " + name);
          return ExitCodes.USAGE;
        }
      }
      System.out.println("deleted collection " + name.strip());
      return ExitCodes.OK;
    }
  }
}
