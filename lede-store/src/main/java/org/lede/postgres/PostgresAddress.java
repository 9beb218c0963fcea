package org.lede.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a PostgreSQL store is: {@code postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE}, as {@code --store} takes it
 * ({@code postgresql://} is accepted too). A password left out of the address is taken from {@code PGPASSWORD}, as
 * psql does. {@link #toString()} never shows the password.
 *
 * @param user     the database user
 * @param password the password, or null for none (trust or peer authentication)
 * @param host     the server's host name or address
 * @param port     the server's port (5432 when the address has none)
 * @param database the database name
 */
public record PostgresAddress(String user, String password, String host, int port, String database) {
  /** The form an address must take, for error messages. */
  public static final String FORM = "postgres://USER@HOST:PORT/DATABASE";

  /**
   * Reads an address.
   *
   * @throws IllegalArgumentException naming the address and what is wrong with it
   */
  public static PostgresAddress parse(String address) {
    URI uri;
    try {
      uri = new URI(address == null ? "" : address.strip());
    } catch (URISyntaxException e) {
      throw bad(address, "not an address (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme();
    if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) throw bad(address, "it does not start with postgres://");
    if (uri.getHost() == null || uri.getHost().isEmpty()) throw bad(address, "no host");
    if (uri.getRawUserInfo() == null || uri.getRawUserInfo().isEmpty()) throw bad(address, "no user");
    String path = uri.getPath() == null ? "" : uri.getPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    if (database.isEmpty() || database.contains("/")) throw bad(address, "no database name after the host");
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) throw bad(address, "options after the database are not supported");
    String info = uri.getRawUserInfo();
    int colon = info.indexOf(':');
    String user = decode(colon < 0 ? info : info.substring(0, colon));
    String password = colon < 0 ? System.getenv("PGPASSWORD") : decode(info.substring(colon + 1));
    return new PostgresAddress(user, password, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database);
  }

  /** Returns the JDBC URL of this database. */
  String jdbcUrl() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
  }

  /** Returns the address without its password. */
  @Override
  public String toString() {
    return "postgres://" + user + "@" + host + ":" + port + "/" + database;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException bad(String address, String what) {
    String shown = address == null ? "" : address.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@");
    return new IllegalArgumentException("\"" + shown + "\" is not a PostgreSQL store address (" + what + "); expected " + FORM);
  }
}
