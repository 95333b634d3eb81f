# Sourced by ./icebench and the scripts: pick_java prints a java binary of a JDK 17-21, or explains and fails.
java_major() { # prints the major version of the java binary $1: from its JDK's release file, else by asking it
  local release; release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [[ -f "$release" ]]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2; exit}'
}
usable() { local v; v=$(java_major "$1" 2>/dev/null || true); [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 17 && v <= 21 )); }

pick_java() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x "$d/bin/java" ]] && candidates+=("$d/bin/java")
  done
  local seen=""
  for c in "${candidates[@]}"; do
    if usable "$c"; then echo "$c"; return 0; fi
    seen="$seen $(java_major "$c" 2>/dev/null || echo '?')"
  done
  echo "icebench: needs a JDK 17 to 21 (Hadoop inside the metastore and engines fails on Java 23+); found Java:${seen:- none}. Install a JDK 17 or 21 and set JAVA_HOME." >&2
  return 2
}

# The JVM option asking for transparent huge pages where the kernel gives them on request (madvise), else nothing:
# generation reads TPC-H's 300 MB text pool at random places (docs/suites.md).
huge_pages() {
  [[ "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)" == *"[madvise]"* ]] && echo "-XX:+UseTransparentHugePages"
  return 0
}
