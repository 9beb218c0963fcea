package org.lede.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader follows, kept in {@code web.db}. Following twice keeps the first time.
 *
 * <p>Thread-safe: calls are serialised on one connection.
 */
final class Follows implements AutoCloseable {
  private final Connection db;
  private final Clock clock;

  Follows(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Follows {@code value} and returns the follow (the earlier one when it was followed already). */
  synchronized Follow follow(Follow.Kind kind, String value) {
    String name = normalise(value);
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO follow (kind, value, followed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, kind.label());
      ps.setString(2, name);
      ps.setLong(3, clock.millis());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store a follow: " + e.getMessage(), e);
    }
    return list().stream().filter(f -> f.kind() == kind && f.value().equals(name)).findFirst().orElseThrow();
  }

  /** Stops following; returns false when it was not followed. */
  synchronized boolean unfollow(Follow.Kind kind, String value) {
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM follow WHERE kind = ? AND value = ?")) {
      ps.setString(1, kind.label());
      ps.setString(2, normalise(value));
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove a follow: " + e.getMessage(), e);
    }
  }

  /** Returns every follow, newest first. */
  synchronized List<Follow> list() {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT kind, value, followed_at FROM follow ORDER BY followed_at DESC, rowid DESC");
         ResultSet rs = ps.executeQuery()) {
      List<Follow> out = new ArrayList<>();
      while (rs.next()) {
        Follow.Kind.parse(rs.getString(1)).ifPresent(kind -> {
          try {
            out.add(new Follow(kind, rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read follows: " + e.getMessage(), e);
    }
  }

  /** Returns true when {@code value} of {@code kind} is followed. */
  boolean isFollowed(Follow.Kind kind, String value) {
    if (value == null || value.isBlank()) return false;
    String name = value.strip();
    return list().stream().anyMatch(f -> f.kind() == kind && f.value().equals(name));
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A name is stored stripped; blank or over-long names are refused before they reach the table. */
  static String normalise(String value) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty()) throw Problem.badRequest("value: a follow needs a name");
    if (name.length() > Follow.MAX_VALUE) throw Problem.badRequest("value: a name is at most " + Follow.MAX_VALUE + " characters");
    return name;
  }
}
