package org.lede.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Access tokens for writes when {@code lede serve} listens beyond loopback. Only each token's SHA-256 is stored
 * (a token is 256 random bits, so a plain hash cannot be reversed by guessing); a presented token is checked
 * against every stored hash in constant time.
 *
 * <pre>{@code
 * try (AccessTokens tokens = AccessTokens.open(Path.of("lede-data"), Clock.systemUTC())) {
 *   String token = tokens.create("laptop");   // shown once, never stored
 * }
 * }</pre>
 *
 * <p>Thread-safe: calls are serialised on one connection.
 */
public final class AccessTokens implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PREFIX = "lede_";

  private final Connection db;
  private final Clock clock;

  private AccessTokens(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Opens the token table in {@code dataDir}'s {@code web.db}, creating it when absent. */
  public static AccessTokens open(Path dataDir, Clock clock) {
    return new AccessTokens(WebDb.open(dataDir), clock);
  }

  /**
   * Creates a token, stores its hash and returns the token itself: the only time it is ever seen.
   *
   * @param label what the token is for, to tell tokens apart later; may be null
   */
  public synchronized String create(String label) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO access_token (sha256, label, created_at) VALUES (?, ?, ?)")) {
      ps.setString(1, HexFormat.of().formatHex(sha256(token)));
      ps.setString(2, label);
      ps.setLong(3, clock.millis());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store a token: " + e.getMessage(), e);
    }
    return token;
  }

  /**
   * A stored token as {@code lede token list} shows it: the start of its hash (which names it and reveals nothing of
   * the token), its label and when it was made.
   */
  public record Stored(String id, String label, java.time.Instant created) {}

  /** How many hex digits of a token's hash name it. */
  static final int ID_LENGTH = 12;

  /** Returns every stored token, oldest first. */
  public synchronized List<Stored> list() {
    try (PreparedStatement ps = db.prepareStatement("SELECT sha256, label, created_at FROM access_token ORDER BY created_at, rowid");
         ResultSet rs = ps.executeQuery()) {
      List<Stored> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new Stored(rs.getString(1).substring(0, ID_LENGTH), rs.getString(2), java.time.Instant.ofEpochMilli(rs.getLong(3))));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read tokens: " + e.getMessage(), e);
    }
  }

  /**
   * Revokes the token {@link #list} names {@code id}: from the next request on, neither its header nor a sign-in
   * cookie holding it is accepted. Returns false when no token has that id.
   */
  public synchronized boolean revoke(String id) {
    if (id == null || !id.strip().matches("[0-9a-fA-F]{" + ID_LENGTH + "}")) return false;
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM access_token WHERE substr(sha256, 1, ?) = ?")) {
      ps.setInt(1, ID_LENGTH);
      ps.setString(2, id.strip().toLowerCase(java.util.Locale.ROOT));
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot revoke a token: " + e.getMessage(), e);
    }
  }

  /** Returns how many tokens exist. */
  public synchronized int count() {
    return hashes().size();
  }

  /** Returns true when {@code presented} is a token {@link #create} made. Takes the same time whichever hash it matches. */
  synchronized boolean verify(String presented) {
    if (presented == null || presented.isBlank()) return false;
    byte[] candidate = sha256(presented.strip());
    boolean match = false;
    for (byte[] stored : hashes()) {
      match |= MessageDigest.isEqual(candidate, stored);
    }
    return match;
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<byte[]> hashes() {
    try (PreparedStatement ps = db.prepareStatement("SELECT sha256 FROM access_token"); ResultSet rs = ps.executeQuery()) {
      List<byte[]> out = new ArrayList<>();
      while (rs.next()) out.add(HexFormat.of().parseHex(rs.getString(1)));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read tokens: " + e.getMessage(), e);
    }
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
