# common.sh - what the command-line test scripts share: the two builds, a scratch folder,
# pass/fail counting and `both`, which runs one command with the native and the WebAssembly
# build and checks that stdout, stderr and the exit code agree byte for byte. Sourced from
# the repository root by tests/cli/*.sh; `finish NAME` prints the tally and sets the exit.
NATIVE=${NATIVE:-build/native/annotator}
WASM=${WASM:-build/wasm/annotator.js}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1700000000
PASS=0
FAIL=0

ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "FAIL: $*" >&2; }
check() {  # check DESCRIPTION CONDITION...
  local what=$1
  shift
  if "$@"; then ok; else bad "$what"; fi
}
native() { "$NATIVE" "$@"; }
wasm() { node --no-experimental-fetch "$WASM" "$@"; }

# Runs the same command with both builds; keeps the native stdout, stderr and exit code in
# OUT, ERR and RC (the files in $TMP/n.out and $TMP/n.err).
both() {
  native "$@" >"$TMP/n.out" 2>"$TMP/n.err"
  N_RC=$?
  wasm "$@" >"$TMP/w.out" 2>"$TMP/w.err"
  W_RC=$?
  if [ "$N_RC" = "$W_RC" ] && cmp -s "$TMP/n.out" "$TMP/w.out" && cmp -s "$TMP/n.err" "$TMP/w.err"; then
    ok
  else
    bad "native and wasm differ for: $* (exit $N_RC vs $W_RC)"
    diff "$TMP/n.out" "$TMP/w.out" | head -5 >&2
    diff "$TMP/n.err" "$TMP/w.err" | head -5 >&2
  fi
  OUT=$(cat "$TMP/n.out")
  ERR=$(cat "$TMP/n.err")
  RC=$N_RC
}

# The W3C test suite's checker, when ../shared is beside the project (never required).
CHECKER=${W3C_CHECKER:-../shared/tools/w3c-check.mjs}
# w3c_check FILE...: each file passes every MUST assertion, or the check says it was skipped.
w3c_check() {
  if [ ! -f "$CHECKER" ]; then
    echo "skipped: W3C conformance check ($CHECKER not present)"
    return
  fi
  local f
  for f in "$@"; do
    if node "$CHECKER" "$f" >"$TMP/w3c.out" 2>&1; then ok; else bad "$f fails W3C MUST assertions: $(tail -3 "$TMP/w3c.out")"; fi
  done
}

finish() {
  echo "$1: $PASS passed, $FAIL failed"
  [ "$FAIL" = 0 ]
}
