# Pid files that only ever lead to signalling the process that wrote them: a pid is reused by the OS, so a
# pid read back is ours only when that process started at the recorded time and its command line names our
# state directory. Sourced by scripts/spark-cluster, scripts/trino and scripts/mariadb.

# proc_start_time PID: the process's start time in clock ticks since boot (field 22 of /proc/PID/stat)
proc_start_time() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  set -- $stat
  echo "${20}"
}

# proc_command_line PID: the process's arguments separated by spaces
proc_command_line() {
  if [[ -r "/proc/$1/cmdline" ]]; then tr '\0' ' ' <"/proc/$1/cmdline"; else ps -p "$1" -o command= 2>/dev/null; fi
}

# write_pid FILE PID: records the pid with its start time
write_pid() { echo "$2 $(proc_start_time "$2" || echo -)" >"$1"; }

# our_pid FILE MARKER: prints the pid recorded in FILE when that process still is the one that was recorded
# (same start time, when recorded) and MARKER appears in its command line; fails otherwise
our_pid() {
  [[ -f "$1" ]] || return 1
  local pid="" start=""
  read -r pid start _ <"$1" || true
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -n "$start" && "$start" != "-" && -r "/proc/$pid/stat" ]]; then
    [[ "$(proc_start_time "$pid")" == "$start" ]] || return 1
  fi
  proc_command_line "$pid" | grep -qF -- "$2" || return 1
  echo "$pid"
}

# forget_foreign_pid FILE MARKER WHAT: removes a pid file whose process is not ours, saying so when it is alive
forget_foreign_pid() {
  [[ -f "$1" ]] || return 0
  our_pid "$1" "$2" >/dev/null && return 0
  local pid=""; read -r pid _ <"$1" || true
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    echo "note: $1 names process $pid, which is not $3; left it alone and removed the pid file" >&2
  fi
  rm -f "$1"
}
