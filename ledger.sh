#!/usr/bin/env bash
# The trainability ledger's command line:  ./ledger.sh --help
# (Named ledger.sh because ledger/ is the ledger's own folder.) Builds what it needs first,
# quietly, and only when a pom or a main source changed since the last build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$root/checks/target/launcher.stamp"
classpath_file="$root/checks/target/runtime-classpath.txt"

stale() {
  [[ ! -f "$stamp" || ! -f "$classpath_file" ]] && return 0
  [[ -n "$(find "$root/pom.xml" "$root"/{ledger,checks,site}/pom.xml "$root"/{ledger,checks,site}/src/main \
        -newer "$stamp" -print -quit 2>/dev/null)" ]]
}

if stale; then
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  if ! mvn -f "$root/pom.xml" -q -B -Dmaven.test.skip=true -Dledger.audit.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "ledger.sh: the build failed (Maven's output is above)" >&2
    exit 2
  fi
  touch "$stamp"
fi

exec java -Dledger.root="$root" -cp "$root/checks/target/classes:$(cat "$classpath_file")" \
  org.trainability.cli.LedgerCommand "$@"
