package org.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of the collections tables (migration 7): a handful of rows, read whole. */
final class SiteCollections {
  private SiteCollections() {}

  static List<SiteCollection> all(Connection c) throws SQLException {
    Map<String, List<String>> sites = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT s.name, m.site FROM site_collection s LEFT JOIN site_collection_member m ON m.collection = s.name
        ORDER BY s.name COLLATE NOCASE, m.site COLLATE NOCASE""");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> l = sites.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
        if (rs.getString(2) != null) l.add(rs.getString(2));
      }
    }
    List<SiteCollection> out = new ArrayList<>();
    sites.forEach((name, members) -> out.add(new SiteCollection(name, members)));
    return out;
  }

  /** Writes {@code collection}, replacing one of the same name; returns false when it exists and may not be replaced. */
  static boolean save(Connection w, SiteCollection collection, boolean replace, long now) throws SQLException {
    boolean exists;
    try (PreparedStatement ps = w.prepareStatement("SELECT 1 FROM site_collection WHERE name = ?")) {
      ps.setString(1, collection.name());
      try (ResultSet rs = ps.executeQuery()) {
        exists = rs.next();
      }
    }
    if (exists && !replace) return false;
    delete(w, collection.name());
    try (PreparedStatement ps = w.prepareStatement("INSERT INTO site_collection(name, created_at) VALUES (?, ?)")) {
      ps.setString(1, collection.name());
      ps.setLong(2, now);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = w.prepareStatement("INSERT INTO site_collection_member(collection, site) VALUES (?, ?)")) {
      for (String site : collection.sites()) {
        ps.setString(1, collection.name());
        ps.setString(2, site);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return true;
  }

  static boolean delete(Connection w, String name) throws SQLException {
    try (PreparedStatement members = w.prepareStatement("DELETE FROM site_collection_member WHERE collection = ?");
         PreparedStatement one = w.prepareStatement("DELETE FROM site_collection WHERE name = ?")) {
      members.setString(1, name);
      members.executeUpdate();
      one.setString(1, name);
      return one.executeUpdate() > 0;
    }
  }
}
