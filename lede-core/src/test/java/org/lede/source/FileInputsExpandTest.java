package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link FileInputs#expand} turns the paths a user names into the files to read. */
class FileInputsExpandTest {
  @TempDir Path dir;

  private final FileInputs inputs = FileInputs.standard();

  @Test
  void directory_of_ten_thousand_files_expands_in_name_order_without_hidden_files() throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) names.add("story-" + i + ".txt");
    Collections.shuffle(names, new Random(7));
    for (String name : names) Files.writeString(dir.resolve(name), "Body of " + name);
    Files.writeString(dir.resolve(".DS_Store"), "junk");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");

    List<Path> files = inputs.expand(List.of(dir)).toList();

    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    assertThat(files).hasSize(10_000);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(sorted);
  }

  @Test
  void subdirectories_are_walked_in_name_order_per_directory() throws IOException {
    for (String name : List.of("a/z.txt", "a-b.txt", "a.txt", "b/c/d.txt", "b/c.txt", "b/.cache/x.txt")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "text");
    }

    List<Path> files = inputs.expand(List.of(dir)).toList();

    assertThat(files).extracting(p -> dir.relativize(p).toString())
        .containsExactly("a/z.txt", "a-b.txt", "a.txt", "b/c/d.txt", "b/c.txt");
  }

  @Test
  void unreadable_subdirectory_does_not_hide_the_files_after_it() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("a-locked"));
    Files.writeString(locked.resolve("secret.txt"), "text");
    Path after = Files.writeString(dir.resolve("b.txt"), "text");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as root: directory permissions are not enforced");

      assertThat(inputs.expand(List.of(dir)).toList()).containsExactly(locked, after);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void hidden_directory_named_explicitly_is_still_read() throws IOException {
    Path hidden = Files.createDirectories(dir.resolve(".archive"));
    Files.writeString(hidden.resolve("one.txt"), "text");

    assertThat(inputs.expand(List.of(hidden)).toList()).containsExactly(hidden.resolve("one.txt"));
  }

  @Test
  void missing_path_passes_through_so_reading_it_names_it() {
    Path missing = dir.resolve("missing.html");

    assertThat(inputs.expand(List.of(missing)).toList()).containsExactly(missing);
  }

  @Test
  void files_and_directories_keep_the_order_they_were_given() throws IOException {
    Path second = Files.writeString(dir.resolve("second.txt"), "text");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path inSub = Files.writeString(sub.resolve("first.txt"), "text");

    assertThat(inputs.expand(List.of(second, sub)).toList()).containsExactly(second, inSub);
  }
}
