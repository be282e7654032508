#!/usr/bin/env bash
# The trainability ledger's command line:  ./ledger.sh --help
#   ./ledger.sh                    the main job: audit every claim, print the table, render the site
#   ./ledger.sh site [--out DIR]   the same (the site goes to site/target/site/ unless --out says otherwise)
# (Named ledger.sh because ledger/ is the ledger's own folder.) Builds what it needs first,
# quietly, and only when a pom or a main source changed since the last build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$root/cli/target/launcher.stamp"
classpath_file="$root/cli/target/runtime-classpath.txt"
site_classpath_file="$root/site/target/runtime-classpath.txt"

stale() {
  [[ ! -f "$stamp" || ! -f "$classpath_file" || ! -f "$site_classpath_file" ]] && return 0
  [[ -n "$(find "$root/pom.xml" "$root"/{engine,ledger,checks,cli,site}/pom.xml "$root"/{engine,ledger,checks,cli,site}/src/main "$root/evidence/calibration" \
        -newer "$stamp" -print -quit 2>/dev/null)" ]]
}

if stale; then
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  # -DskipTests, not -Dmaven.test.skip: the command line's tests use the checks' test helpers
  # (a test jar), which Maven resolves even when it runs no test, so the test classes are compiled.
  if ! mvn -f "$root/pom.xml" -q -B -DskipTests -Dledger.audit.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    echo "ledger.sh: the build failed (Maven's output is above)" >&2
    exit 2
  fi
  touch "$stamp"
fi

if [[ "${1:-}" == "site" && ( "${2:-}" == "--help" || "${2:-}" == "-h" ) ]]; then
  cat <<'USAGE'
Usage: ./ledger.sh site [--out DIR]
Run the audit (writing cli/target/audit/audit.json and the evidence in cli/target/evidence), then
render the evidence site into site/target/site/ (or DIR). ./ledger.sh with no arguments does the same.
USAGE
  exit 0
fi

if [[ $# -eq 0 || "${1:-}" == "site" ]]; then
  [[ $# -gt 0 ]] && shift
  audit_json="$root/cli/target/audit/audit.json"
  status=0
  java -Dledger.root="$root" -cp "$root/cli/target/classes:$(cat "$classpath_file")" \
    org.trainability.cli.LedgerCommand audit --root "$root" --json "$audit_json" \
    --evidence-out "$root/cli/target/evidence" || status=$?
  if (( status > 1 )); then
    echo "ledger.sh: the audit could not run (exit $status), so no site was generated" >&2
    exit "$status"
  fi
  if (( status == 1 )); then
    echo "ledger.sh: the audit found claims above their evidence; the site shows them in red"
  fi
  # C1 only and JRuby's interpreter: the generator is a short run dominated by JRuby's start.
  java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -Djruby.compile.mode=OFF -Dledger.root="$root" \
    -cp "$root/site/target/classes:$(cat "$site_classpath_file")" \
    org.trainability.site.SiteGenerator --root "$root" --audit "$audit_json" --out "$root/site/target/site" "$@"
  exit "$status"
fi

exec java -Dledger.root="$root" -cp "$root/cli/target/classes:$(cat "$classpath_file")" \
  org.trainability.cli.LedgerCommand "$@"
