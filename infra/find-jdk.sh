# Sourced by .ci/run and infra/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: JAVA_HOME if it is new enough, then `java` on the PATH, then the newest JDK under /usr/lib/jvm.

muster_java_major() { # $1 = a JDK home; prints its feature version, or nothing
  local release="$1/release"
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

muster_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/*; do
    [ -n "$candidate" ] || continue
    major="$(muster_java_major "$candidate")"
    [ -n "$major" ] && [ "$major" -ge 21 ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then best="$candidate"; break; fi
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "Muster needs a JDK 21 or newer: set JAVA_HOME to one." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  # JDK 24+ warns about sun.misc.Unsafe in Maven's own libraries; JDK 21 rejects the flag.
  if [ "$(muster_java_major "$best")" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

muster_find_jdk
