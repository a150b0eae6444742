#!/usr/bin/env bash
# cli.sh - end-to-end tests of the `annotator` command-line tool: every subcommand, exit
# codes and messages, and byte-identical output from the native and WebAssembly builds.
# Run from the repository root after ./build-wasm.sh build (build-wasm.sh test does both).
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/cli/harness/common.sh
ARTICLE=assets/putin-xi-belt-and-road.txt

json() { node -e "const j=JSON.parse(require('fs').readFileSync(0,'utf8')); const items=j.first?j.first.items:j.items; console.log(String($1))"; }

# [SECTION] help and usage
both --help
check "--help exits 0" test "$RC" = 0
check "--help lists the subcommands" grep -q "annotator suggest" "$TMP/n.out"
both frobnicate
check "unknown command exits 2" test "$RC" = 2
both add "$ARTICLE" --quote
check "missing option value exits 2" test "$RC" = 2

# [SECTION] add: create a file, then add to it; native and wasm write the same bytes
mkdir -p "$TMP/n" "$TMP/w"
for tool in native wasm; do
  dir=$TMP/${tool:0:1}
  $tool add "$ARTICLE" --quote "123 countries that are members of the ICC" --verdict true \
    --note "ICC site lists 123 states parties" --link https://www.icc-cpi.int/asp/states-parties \
    --id urn:uuid:00000000-0000-4000-8000-000000000001 -o "$dir/a.json" >"$dir/add1.out" 2>&1
  echo $? >"$dir/add1.rc"
  $tool add "$ARTICLE" --quote "Putin" --occurrence 3 --category person-org \
    --id urn:uuid:00000000-0000-4000-8000-000000000002 -o "$dir/a.json" >"$dir/add2.out" 2>&1
  echo $? >"$dir/add2.rc"
done
check "add exits 0" test "$(cat "$TMP/n/add1.rc")$(cat "$TMP/n/add2.rc")" = 00
check "add prints the new id" grep -q "urn:uuid:00000000-0000-4000-8000-000000000001" "$TMP/n/add1.out"
check "native and wasm write byte-identical files" cmp -s "$TMP/n/a.json" "$TMP/w/a.json"
FILE=$TMP/n/a.json
check "the file has two annotations" test "$(json "items.length" <"$FILE")" = 2
EXACT=$(json "items.map(a=>a.target.selector.find(s=>s.type==='TextQuoteSelector').exact).join('|')" <"$FILE")
check "exact quotes are written" test "$EXACT" = "123 countries that are members of the ICC|Putin"
POS=$(json "(s=>s.start+'-'+s.end)(items[0].target.selector.find(s=>s.type==='TextPositionSelector'))" <"$FILE")
EXPECTED=$(node -e "const t=require('fs').readFileSync('$ARTICLE','utf8');const q='123 countries that are members of the ICC';const i=[...t.slice(0,t.indexOf(q))].length;console.log(i+'-'+(i+[...q].length))")
check "positions are code points ($POS = $EXPECTED)" test "$POS" = "$EXPECTED"
check "the note is written" grep -q "ICC site lists 123 states parties" "$FILE"
both add "$ARTICLE" --quote "Putin" --occurrence 99 -o "$TMP/none.json"
check "a missing occurrence exits 1" test "$RC" = 1
check "a missing occurrence says how many there are" grep -q "occurs" "$TMP/n.err"
check "a failed add writes no file" test ! -e "$TMP/none.json"
both add "$ARTICLE" --quote "Putin" --verdict maybe -o "$TMP/none.json"
check "an unknown verdict exits 2" test "$RC" = 2

# [SECTION] validate
both validate "$FILE"
check "a valid file exits 0" test "$RC" = 0
printf '{"type": "AnnotationCollection", "items": [' >"$TMP/broken.json"
both validate "$TMP/broken.json"
check "malformed JSON exits 1" test "$RC" = 1
check "malformed JSON names the place" grep -qi "line" "$TMP/n.out"
node -e "const j=JSON.parse(require('fs').readFileSync('$FILE','utf8')); (j.first?j.first.items:j.items)[1].target.selector.find(s=>s.type==='TextQuoteSelector').exact=42; process.stdout.write(JSON.stringify(j))" >"$TMP/wrongtype.json"
both validate "$TMP/wrongtype.json"
check "a wrong type exits 1" test "$RC" = 1
check "a wrong type names the item and field" grep -q "items\[1\].target.selector\[[0-9]\].exact" "$TMP/n.out"
printf '\xff\xfe{}' >"$TMP/badutf8.json"
both validate "$TMP/badutf8.json"
check "invalid UTF-8 exits 1" test "$RC" = 1
: >"$TMP/empty.json"
both validate "$TMP/empty.json"
check "an empty file exits 1" test "$RC" = 1
both validate "$TMP/does-not-exist.json"
check "a missing file exits 3" test "$RC" = 3
cp "$TMP/broken.json" "$TMP/keep.json"
both add "$ARTICLE" --quote "Putin" -o "$TMP/keep.json"
check "add refuses to overwrite an invalid file" cmp -s "$TMP/broken.json" "$TMP/keep.json"

# [SECTION] stats
both stats "$FILE"
check "stats exits 0" test "$RC" = 0
check "stats counts categories" test "$(echo "$OUT" | json "j.by_category['person-org']+'/'+j.by_category.claim+'/'+j.total")" = "1/1/2"
check "stats counts verdicts" test "$(echo "$OUT" | json "j.by_verdict.true+'/'+j.by_verdict.unverified")" = "1/1"

# [SECTION] anchor: the same article, then an edited one
both anchor "$ARTICLE" "$FILE"
check "anchor exits 0" test "$RC" = 0
check "anchor finds both exact" test "$(echo "$OUT" | json "j.summary.exact+'/'+j.summary.total")" = "2/2"
{ echo "Breaking: an inserted first line."; echo; cat "$ARTICLE"; } | sed 's/123 countries that are members of the ICC/123 countries that are member of the ICC/' >"$TMP/edited.txt"
both anchor "$TMP/edited.txt" "$FILE"
check "anchor on an edited article exits 0" test "$RC" = 0
check "an edited quote anchors fuzzy" test "$(echo "$OUT" | json "j.results[0].status")" = fuzzy
check "an unedited quote anchors moved" test "$(echo "$OUT" | json "j.results[1].status")" = moved
sed 's/China is not one of the 123 countries that are members of the ICC, so it is not obliged/Beijing, unlike the 123 countries that are members of the ICC, need not feel obliged/' \
  "$ARTICLE" >"$TMP/reworded.txt"
both anchor "$TMP/reworded.txt" "$FILE"
check "a quote intact in a reworded sentence is found verbatim" \
  test "$(echo "$OUT" | json "[j.results[0].status, j.results[0].match, j.results[0].reason].join()")" = "moved,exact,position"
check "the report says how the recorded context compares there" \
  test "$(echo "$OUT" | json "[j.results[0].context.prefix.compared, j.results[0].distance].join()")" = "32,4"
check "an annotation at its recorded position says so" \
  test "$(echo "$OUT" | json "j.results[1].reason")" = "recorded position"
grep -v "Putin" "$ARTICLE" >"$TMP/no-putin.txt"
both anchor "$TMP/no-putin.txt" "$FILE"
check "a quote that is gone is orphaned" test "$(echo "$OUT" | json "j.summary.orphaned")" -ge 1

# [SECTION] suggest
both suggest "$ARTICLE"
check "suggest exits 0" test "$RC" = 0
check "suggest finds the 123 ICC members" test "$(echo "$OUT" | json "j.some(s=>s.exact.includes('123 countries'))")" = true
ALL=$(echo "$OUT" | json "j.length")
both suggest "$ARTICLE" --min-score 0.9
check "--min-score keeps only high scores" test "$(echo "$OUT" | json "j.every(s=>s.score>=0.9)")" = true
check "--min-score filters some out" test "$(echo "$OUT" | json "j.length")" -lt "$ALL"
both suggest "$ARTICLE" --min-score 2
check "--min-score outside 0..1 exits 2" test "$RC" = 2

# [SECTION] other tools' files: every command reads them
BUDGET=$TMP/budget.txt
printf 'Budget \xe2\x80\x9ccuts\xe2\x80\x9d rose by 12%% in 2025.\n\nThe mayor said the parks budget fell by a third.\n' >"$BUDGET"
both validate tests/data/hypothesis_api_search.json tests/data/recogito_text_annotator.json tests/data/apache_annotator.json
check "validate reads Hypothesis, Recogito and Apache Annotator files" test "$RC" = 0
check "validate names the format" grep -q "hypothesis_api_search.json: valid, 3 annotations (Hypothesis search response)" "$TMP/n.out"
check "validate lists the page note kept but not placed" grep -q "rows\[1\]: kept but not placed" "$TMP/n.out"
both stats tests/data/hypothesis_api_search.json
check "stats counts Hypothesis tags as category and verdict" test "$(echo "$OUT" | json "j.by_category.statistic+'/'+j.by_verdict.false+'/'+j.total")" = "1/1/3"
both anchor "$BUDGET" tests/data/hypothesis_api_search.json
check "anchor places the Hypothesis annotation and keeps the page note orphaned" test "$(echo "$OUT" | json "j.summary.exact+'/'+j.summary.orphaned")" = "1/2"
both validate tests/data/hypothesis_api_annotation.json tests/data/hypothesis_client_export.json
check "the same annotation in two files is imported once, and said" grep -q "the same annotation as tests/data/hypothesis_api_annotation.json" "$TMP/n.out"
printf '{"@context": "https://schema.org", "@type": "ClaimReview"}' >"$TMP/schema.json"
both validate "$TMP/schema.json"
check "a file in another vocabulary is refused with its reason" grep -q '^.*schema.json: @context: "https://schema.org" does not include http://www.w3.org/ns/anno.jsonld' "$TMP/n.out"

# [SECTION] export: html, csv, markdown, claimreview; native and wasm write the same bytes
both export "$FILE" --format csv
check "export csv exits 0" test "$RC" = 0
echo "$OUT" >"$TMP/a.csv.txt"
cp "$TMP/n.out" "$TMP/a.csv"
ROWS=$(node tests/cli/exports-check.mjs csv "$TMP/a.csv")
check "the CSV reads back: header and two rows" test "$(echo "$ROWS" | node -e "const r=JSON.parse(require('fs').readFileSync(0,'utf8')); console.log(r.length+'/'+r[0].join(','))")" = "3/id,exact,prefix,suffix,start,end,category,verdict,note,links,creator,created,modified,anchor"
check "the CSV keeps the quote and the note" test "$(echo "$ROWS" | node -e "const r=JSON.parse(require('fs').readFileSync(0,'utf8')); const a=r.find(x=>x[1].startsWith('123')); console.log(a[1]+'|'+a[7]+'|'+a[8]+'|'+a[13])")" = "123 countries that are members of the ICC|true|ICC site lists 123 states parties|exact"
both export "$FILE" --format markdown -o "$TMP/a.md"
check "export markdown writes the file" test "$RC" = 0 -a -s "$TMP/a.md"
check "the Markdown has the summary and the quote" grep -q "^| True | 1 |" "$TMP/a.md"
check "the Markdown quotes the annotation" grep -q "> 123 countries that are members of the ICC" "$TMP/a.md"
both export "$FILE" --format claimreview --url https://checks.example/belt-and-road --publisher "Example Checks" --date 2026-11-30 -o "$TMP/cr.json"
check "export claimreview exits 0" test "$RC" = 0
check "an unverified annotation is left out, and said" grep -q "1 unverified annotation has no verdict to publish" "$TMP/n.err"
if node tests/cli/exports-check.mjs claimreview "$TMP/cr.json" >"$TMP/cr.out" 2>&1; then ok; else bad "ClaimReview fails validation: $(cat "$TMP/cr.out")"; fi
check "ClaimReview rating says the verdict in words" test "$(json "j[0].reviewRating.alternateName+'/'+j[0].reviewRating.ratingValue" <"$TMP/cr.json")" = "True/5"
both export "$FILE" --format claimreview -o "$TMP/cr-bare.json"
check "without --url the export warns" grep -q "warning: no url" "$TMP/n.err"
if node tests/cli/exports-check.mjs claimreview "$TMP/cr-bare.json" >/dev/null 2>&1; then bad "the validator accepts a ClaimReview without url"; else ok; fi
both export "$FILE" --format html -o "$TMP/report.html"
check "export html exits 0" test "$RC" = 0
check "the report forbids scripts and loads" grep -q "Content-Security-Policy\" content=\"default-src 'none'" "$TMP/report.html"
check "the report marks the quote" grep -q "<mark class=\"c-claim\" aria-describedby=\"note-[0-9]\">123 countries that are members of the ICC</mark>" "$TMP/report.html"
both export tests/data/hypothesis_api_search.json --article "$BUDGET" --format csv
check "export places another tool's annotations on --article" test "$(echo "$OUT" | tr -d '\r' | grep -c ',exact$')" = 1
both export "$FILE" --format pdf
check "an unknown format exits 2" test "$RC" = 2
both export "$TMP/broken.json" --format csv
check "export of an invalid file exits 1" test "$RC" = 1

# [SECTION] W3C conformance of exported files (needs the shared test suite beside the repo)
w3c_check "$FILE"

finish cli
