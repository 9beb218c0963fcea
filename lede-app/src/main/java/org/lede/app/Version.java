package org.lede.app;

import picocli.CommandLine;

/** Prints Lede's version from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"lede " + (v == null ? "development build" : v)};
  }
}
