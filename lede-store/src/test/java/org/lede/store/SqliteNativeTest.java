package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeTest {
  @TempDir Path cache;

  @Test
  void the_library_is_copied_once_and_a_damaged_copy_is_replaced() throws Exception {
    Path lib = SqliteNative.cachedCopy(cache);
    assertThat(lib).isNotNull().startsWith(cache).isRegularFile();
    long size = Files.size(lib);
    var modified = Files.getLastModifiedTime(lib);

    assertThat(SqliteNative.cachedCopy(cache)).isEqualTo(lib);
    assertThat(Files.getLastModifiedTime(lib)).isEqualTo(modified); // read, not copied again

    Files.write(lib, new byte[] {1, 2, 3});
    assertThat(SqliteNative.cachedCopy(cache)).isEqualTo(lib);
    assertThat(Files.size(lib)).isEqualTo(size);
    try (var left = Files.list(lib.getParent())) {
      assertThat(left).containsExactly(lib); // no partial copy left behind
    }
  }

  @Test
  void the_driver_runs_on_the_cached_library() throws Exception {
    if (SqliteNative.prepare()) {
      Path dir = Path.of(System.getProperty("org.sqlite.lib.path"));
      assertThat(dir.resolve(System.getProperty("org.sqlite.lib.name"))).isRegularFile();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).startsWith("3.");
    }
  }
}
