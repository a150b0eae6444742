#!/usr/bin/env bash
# classroom.sh - end-to-end tests of `annotator score` and `annotator agree` on the example
# exercise in tests/data/classroom (docs/CLASSROOM.md): the JSON and CSV shapes with figures
# worked by hand, files that must not be scored, any annotation file as key or student work,
# byte-identical output from the native and WebAssembly builds, W3C conformance of the files.
# Run from the repository root after ./build-wasm.sh build (build-wasm.sh test does both).
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/cli/harness/common.sh
D=tests/data/classroom

# js EXPRESSION: evaluates EXPRESSION with j = the JSON on stdin.
js() { node -e "const j=JSON.parse(require('fs').readFileSync(0,'utf8')); const near=(x,v)=>Math.abs(x-v)<1e-12; console.log(String($1))"; }
K=urn:uuid:00000000-0000-4000-a000-0000000000f

# [SECTION] score: the example class, figures worked by hand (docs/CLASSROOM.md)
both score $D/key.json $D/ada.json $D/ben.json $D/cy.json
check "score exits 0" test "$RC" = 0
check "score prints nothing on stderr for a clean class" test -z "$ERR"
SCORE=$OUT
check "the output has exactly the documented keys" test "$(echo "$SCORE" | js "Object.keys(j)+'|'+Object.keys(j.students[0])+'|'+Object.keys(j.students[0].modes)+'|'+Object.keys(j.students[0].modes.strict)+'|'+Object.keys(j.key[0])+'|'+Object.keys(j.alpha)")" = "students,key,alpha|file,name,annotations,modes,found,partly,missed,extra|strict,exact,partial,type|precision,recall,f1|id,exact,found,partly|overall,categories"
check "students by file and name" test "$(echo "$SCORE" | js "j.students.map(s=>s.file+'='+s.name+'/'+s.annotations).join(' ')")" = "$D/ada.json=Ada/3 $D/ben.json=Ben/3 $D/cy.json=Cy/2"
check "Ada: every mode 1" test "$(echo "$SCORE" | js "Object.values(j.students[0].modes).every(m=>m.precision===1&&m.recall===1&&m.f1===1)")" = true
check "Ada found all three" test "$(echo "$SCORE" | js "j.students[0].found.join(' ')")" = "${K}1 ${K}2 ${K}3"
# Ben: 'parks by 12%' in K1 (statistic), '40 park staff' in K2 as a statistic (K2 is a claim),
# 'the mayor said on Monday' touches nothing. strict/exact: INC INC SPU + MIS -> 0;
# partial: PAR PAR SPU + MIS -> (0 + 0.5*2)/3 = 1/3 each; type: COR INC SPU + MIS -> 1/3.
check "Ben: strict and exact 0" test "$(echo "$SCORE" | js "[j.students[1].modes.strict.f1,j.students[1].modes.exact.f1].join()")" = "0,0"
check "Ben: partial P = R = F1 = 1/3" test "$(echo "$SCORE" | js "Object.values(j.students[1].modes.partial).every(v=>near(v,1/3))")" = true
check "Ben: type P = R = F1 = 1/3" test "$(echo "$SCORE" | js "Object.values(j.students[1].modes.type).every(v=>near(v,1/3))")" = true
check "Ben: partly K1 K2, missed K3, extra b3" test "$(echo "$SCORE" | js "[j.students[1].found.length,j.students[1].partly.join(' '),j.students[1].missed.join(' '),j.students[1].extra.join(' ')].join('|')")" = "0|${K}1 ${K}2|${K}3|urn:uuid:00000000-0000-4000-a000-0000000000b3"
check "Cy: all 0, everything missed, one extra (the opinion does not count)" test "$(echo "$SCORE" | js "Object.values(j.students[2].modes).every(m=>m.f1===0)+'|'+j.students[2].missed.length+'|'+j.students[2].extra.length")" = "true|3|1"
check "per key claim: found and partly" test "$(echo "$SCORE" | js "j.key.map(k=>k.found+'/'+k.partly).join(' ')")" = "1/1 1/1 1/0"
check "key claims carry their quotes" test "$(echo "$SCORE" | js "j.key[1].exact")" = "About 40 park staff will lose their jobs"
check "alpha among the students: a number per counted category" test "$(echo "$SCORE" | js "typeof j.alpha.overall+'|'+Object.keys(j.alpha.categories)")" = "number|claim,statistic"

# [SECTION] score --csv: RFC 4180, parsed back
cat >"$TMP/csv.js" <<'JS'
// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
const text = require('fs').readFileSync(0, 'utf8');
const rows = []; let row = [], field = '', quoted = false, i = 0;
while (i < text.length) {
  const c = text[i];
  if (quoted) {
    if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
    if (c === '"') { quoted = false; i++; continue; }
    field += c; i++; continue;
  }
  if (c === '"' && field === '') { quoted = true; i++; continue; }
  if (c === ',') { row.push(field); field = ''; i++; continue; }
  if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
  if (c === '\n' || c === '\r' || c === '"') { console.log('bad character at ' + i); process.exit(1); }
  field += c; i++;
}
if (field !== '' || row.length) { console.log('no CRLF at the end'); process.exit(1); }
const widths = new Set(rows.map(r => r.length));
if (widths.size !== 1) { console.log('rows of different widths'); process.exit(1); }
const [head, ...body] = rows;
console.log(JSON.stringify(body.map(r => Object.fromEntries(r.map((v, k) => [head[k], v])))));
JS
both score $D/key.json $D/ada.json $D/ben.json $D/cy.json --csv
check "score --csv exits 0" test "$RC" = 0
CSV=$(node "$TMP/csv.js" <"$TMP/n.out")
check "the CSV parses as RFC 4180" test "${CSV:0:1}" = "["
check "the CSV has a row per student" test "$(echo "$CSV" | js "j.map(r=>r.student).join()")" = "Ada,Ben,Cy"
check "CSV figures: Ben" test "$(echo "$CSV" | js "[j[1].partial_f1,j[1].type_precision,j[1].category_accuracy,j[1].found,j[1].partly,j[1].missed,j[1].extra].join()")" = "0.3333,0.3333,0.5000,0,2,1,1"
check "CSV and JSON agree (4 decimals)" test "$(echo "$CSV" | js "j[1].partial_recall")" = "$(echo "$SCORE" | js "j.students[1].modes.partial.recall.toFixed(4)")"

# [SECTION] files that must not be scored: reported by name, the others still scored
node -e "const f=require('fs');const j=JSON.parse(f.readFileSync('$D/ada.json','utf8'));j.exercise.student='ADA';j.first.items.pop();j.total=2;f.writeFileSync('$TMP/ada-again.json',JSON.stringify(j))"
printf '{"type": "AnnotationCollection", "items": [' >"$TMP/broken.json"
both score $D/key.json $D/ada.json $TMP/broken.json $D/ben.json $D/other-exercise.json $TMP/ada-again.json $D/cy.json $D/key.json $D/ben.json
check "problems exit 1" test "$RC" = 1
check "the good files are still scored" test "$(echo "$OUT" | js "j.students.map(s=>s.name).join()")" = "Ada,Ben,Cy"
check "a corrupt file is named with the place of the error" grep -q "^annotator: $TMP/broken.json: cannot be read: line 1, column .* (not scored)$" "$TMP/n.err"
check "another exercise is named" grep -q "^annotator: $D/other-exercise.json: is for another exercise (\"Week 2: the zoo story\"" "$TMP/n.err"
check "a duplicate name is named" grep -q "^annotator: $TMP/ada-again.json: has the same name (ADA) as $D/ada.json" "$TMP/n.err"
check "the key among the students is named" grep -q "^annotator: $D/key.json: is a key file, not a student's work (not scored)$" "$TMP/n.err"
check "the same file twice is named" grep -q "^annotator: $D/ben.json: is a copy of $D/ben.json (Ben)" "$TMP/n.err"
both score $D/key.json $D/ada.json $TMP/missing.json --csv
check "a missing student file exits 3" test "$RC" = 3
check "a missing student file is named" grep -q "cannot open $TMP/missing.json" "$TMP/n.err"
check "a missing student file gets a CSV row with the reason" test "$(node "$TMP/csv.js" <"$TMP/n.out" | js "j[1].file+'|'+(j[1].problem.startsWith('cannot open'))")" = "$TMP/missing.json|true"
both score $D/student.json $D/ada.json
check "the blank student file as the key exits 1" test "$RC" = 1
check "the blank student file as the key says so" grep -q "student file, which holds no key" "$TMP/n.err"
both score $D/key.json
check "score without students exits 2" test "$RC" = 2
both score $TMP/missing.json $D/ada.json
check "a missing key exits 3" test "$RC" = 3

# [SECTION] any annotation file as key and as students' work (annotator add's files)
ARTICLE=assets/putin-xi-belt-and-road.txt
for spec in "key|123 countries that are members of the ICC|claim|1" "key|130 countries|statistic|2" \
            "ann|123 countries|claim|3" "ann|the leaders of 130 countries|statistic|4" "bo|Putin|person-org|5"; do
  IFS='|' read -r who quote cat n <<<"$spec"
  native add "$ARTICLE" --quote "$quote" --category "$cat" --author "$who" \
    --id "urn:uuid:00000000-0000-4000-8000-00000000000$n" -o "$TMP/$who.json" >/dev/null || bad "add for $who"
done
both score "$TMP/key.json" "$TMP/ann.json" "$TMP/bo.json"
check "plain files score (exit 0)" test "$RC" = 0
check "plain files: names from the creators" test "$(echo "$OUT" | js "j.students.map(s=>s.name).join()")" = "ann,bo"
check "plain files: partly both, by hand" test "$(echo "$OUT" | js "j.students[0].partly.length+'/'+j.students[0].modes.partial.precision+'/'+j.students[0].modes.type.f1")" = "2/0.5/1"
check "plain files: every category counts without an exercise" test "$(echo "$OUT" | js "j.students[1].extra.length")" = 1

# [SECTION] agree
both agree $D/key.json $D/ada.json
check "agree exits 0" test "$RC" = 0
check "agree has exactly the documented keys" test "$(echo "$OUT" | js "Object.keys(j)+'|'+Object.keys(j.alpha)+'|'+Object.keys(j.pairs[0])")" = "alpha,pairs|overall,categories|a,b,alpha"
check "Ada agrees with the key perfectly" test "$(echo "$OUT" | js "j.alpha.overall+'|'+j.alpha.categories.claim+'|'+j.pairs[0].a+'|'+j.pairs[0].b+'|'+j.pairs[0].alpha")" = "1|1|$D/key.json|$D/ada.json|1"
both agree $D/ada.json $D/ben.json
check "hand-ins alone carry no article: exit 1" test "$RC" = 1
check "hand-ins alone: the message says to name the article" grep -q "name the article or the key with --article" "$TMP/n.err"
both agree --article $D/key.json $D/ada.json $D/ben.json $D/cy.json
check "three files: three pairs in order" test "$(echo "$OUT" | js "j.pairs.map(p=>p.a.split('/').pop()+'-'+p.b.split('/').pop()).join(' ')")" = "ada.json-ben.json ada.json-cy.json ben.json-cy.json"
check "agree counts every category (the opinion too)" test "$(echo "$OUT" | js "Object.keys(j.alpha.categories)")" = "claim,opinion,statistic"
both agree --article $D/student.json $D/ada.json $TMP/broken.json $D/ben.json
check "agree with a corrupt file exits 1" test "$RC" = 1
check "agree names the corrupt file and compares the rest" test "$(echo "$OUT" | js "j.pairs.length")/$(grep -c "broken.json: cannot be read" "$TMP/n.err")" = "1/1"
node -e "const j=JSON.parse(require('fs').readFileSync('$D/key.json','utf8'));process.stdout.write(j.article.text)" >"$TMP/article.txt"
both agree --article "$TMP/article.txt" $D/ada.json $D/ben.json $D/cy.json
check "--article takes a text file too" test "$(echo "$OUT" | js "j.pairs.length")" = 3
{ echo "Corrected at noon."; echo; cat "$TMP/article.txt"; } >"$TMP/edited.txt"
both agree --article "$TMP/edited.txt" $D/ada.json $D/ben.json
check "files on another version of the article are anchored to it (exit 0)" test "$RC" = 0
check "the anchoring is reported per file" grep -q "^annotator: $D/ada.json: its article differs from the one compared on; anchored 0 exact, 3 moved, 0 fuzzy, 0 orphaned$" "$TMP/n.err"
both agree $D/ada.json
check "agree with one file exits 2" test "$RC" = 2

# [SECTION] W3C conformance of every classroom file kind (needs the shared test suite)
w3c_check $D/*.json

finish "classroom cli"
