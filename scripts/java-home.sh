# Sourced by ./lede and .ci/run: points JAVA_HOME at a JDK 21 or newer, or explains what to install.
lede_java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
lede_pick_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(lede_java_version "$candidate")
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "lede: needs a JDK 21 or newer; set JAVA_HOME to one (found none under /usr/lib/jvm)" >&2
  return 1
}
