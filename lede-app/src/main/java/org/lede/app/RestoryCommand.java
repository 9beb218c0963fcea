package org.lede.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede restory}: groups every stored article into stories again (with the rest of the corpus tables). */
@Command(
    name = "restory",
    header = "Group the stored articles into stories again, and find their copies again.",
    mixinStandardHelpOptions = true,
    description = {
        "Cluster every stored article again, in the order stored, as ingest does one at a time. Stories and copies",
        "are corpus tables, rebuilt together with the others: this is `lede relink`.",
        "",
        "Example:  lede restory --data news",
    })
final class RestoryCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() {
    RelinkCommand relink = new RelinkCommand();
    relink.data = data;
    return relink.call();
  }
}
