#!/usr/bin/env bash
# extract.sh - end-to-end tests of `annotator extract` and of web pages given to the other
# commands: the article text and metadata, encodings and their errors, the same offsets in
# extract/add/anchor/suggest, and byte-identical output from the native and WebAssembly
# builds on well-formed and broken pages. Run from the repository root after
# ./build-wasm.sh build (build-wasm.sh test does both). The pages are written here.
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/cli/harness/common.sh

json() { node -e "const j=JSON.parse(require('fs').readFileSync(0,'utf8')); console.log(String($1))"; }

# [SECTION] pages
ARTICLE='<p>The city council voted on Tuesday to expand the bus network, adding twelve routes, three night lines and a new depot in the northern district, officials said.</p>
<p>Supporters of the plan, including the transport union and several business groups, argued that the change would cut commuting times by a fifth, although critics said the figures had not been checked independently.</p>
<p>The project will cost 48 million euros over four years, according to the budget published last month, and will be paid for partly by a regional grant.</p>
<p>Opposition members, who abstained, said the council had ignored a report from its own auditors, which warned in March that ridership forecasts were too optimistic.</p>'
cat >"$TMP/news.html" <<EOF
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council expands bus network | City Herald</title>
<link rel="canonical" href="https://herald.example/2024/bus">
<meta property="og:site_name" content="City Herald">
<meta name="author" content="Ana Lima">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-notice"><p>We use cookies.</p><button>OK</button></div>
<article><h1>Council expands bus network</h1>
$ARTICLE
<div class="share"><a href="#">Share on Facebook</a></div>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Mayor resigns</a></li></ul></aside>
<footer>Copyright City Herald</footer>
</body></html>
EOF

# [SECTION] extract: text and JSON, the same from both builds
both extract "$TMP/news.html"
check "extract exits 0" test "$RC" = 0
check "the text starts with the headline, then the article" \
  test "$(head -3 "$TMP/n.out")" = "$(printf 'Council expands bus network\n\nThe city council voted on Tuesday to expand the bus network, adding twelve routes, three night lines and a new depot in the northern district, officials said.')"
check "paragraphs are separated by one blank line" test "$(grep -c '^$' "$TMP/n.out")" = 4
for junk in Home Sport "We use cookies" "Share on Facebook" "Mayor resigns" Copyright; do
  check "no '$junk' in the text" bash -c "! grep -q '$junk' '$TMP/n.out'"
done
both extract "$TMP/news.html" --json
check "extract --json exits 0" test "$RC" = 0
check "--json has the fields in order" test "$(echo "$OUT" | json "Object.keys(j).join(',')")" = "title,byline,published,site,url,lang,dir,text"
check "--json title has no site name" test "$(echo "$OUT" | json "j.title")" = "Council expands bus network"
check "--json metadata" test "$(echo "$OUT" | json "[j.byline,j.published,j.site,j.url,j.lang].join('|')")" = \
  "Ana Lima|2024-03-05T09:30:00Z|City Herald|https://herald.example/2024/bus|en"
check "--json unknown fields are null" test "$(echo "$OUT" | json "j.dir")" = null
check "--json text is the plain output" test "$(echo "$OUT" | json "j.text")" = "$(cat "$TMP/w.out" >/dev/null; "$NATIVE" extract "$TMP/news.html")"

# [SECTION] one decision: a page without .html, a .txt holding markup
cp "$TMP/news.html" "$TMP/saved-page"
both extract "$TMP/saved-page"
check "a page without an extension is read as a page" test "$OUT" = "$("$NATIVE" extract "$TMP/news.html")"
printf '<p>Markup, kept as typed.</p>\n' >"$TMP/notes.txt"
both extract "$TMP/notes.txt"
check "a .txt file is text, markup and all" test "$OUT" = "<p>Markup, kept as typed.</p>"

# [SECTION] the same offsets in extract, add, anchor and suggest
QUOTE="48 million euros over four years"
for tool in "$NATIVE" "node --no-experimental-fetch $WASM"; do
  rm -f "$TMP/a.json"
  $tool add "$TMP/news.html" --quote "$QUOTE" --id urn:uuid:00000000-0000-4000-8000-00000000000a \
    -o "$TMP/a.json" >/dev/null 2>&1 || bad "add on a page fails with $tool"
  mv "$TMP/a.json" "$TMP/a-$(basename "${tool##* }").json"
done
check "native and wasm add write the same file" cmp -s "$TMP/a-annotator.json" "$TMP/a-annotator.js.json"
mv "$TMP/a-annotator.json" "$TMP/a.json"
"$NATIVE" extract "$TMP/news.html" >"$TMP/text.txt"
EXPECTED=$(node -e "const t=require('fs').readFileSync('$TMP/text.txt','utf8').replace(/\n$/,'');const i=[...t.slice(0,t.indexOf('$QUOTE'))].length;console.log(i+'-'+(i+[...'$QUOTE'].length))")
GOT=$(json "(s=>s.start+'-'+s.end)((j.first?j.first.items:j.items)[0].target.selector.find(s=>s.type==='TextPositionSelector'))" <"$TMP/a.json")
check "add's position is the quote's place in extract's text ($GOT = $EXPECTED)" test "$GOT" = "$EXPECTED"
both anchor "$TMP/news.html" "$TMP/a.json"
check "anchor on the same page is exact at the same place" \
  test "$(echo "$OUT" | json "j.results[0].status+' '+j.results[0].start+'-'+j.results[0].end")" = "exact $EXPECTED"
both suggest "$TMP/news.html"
check "suggest on a page exits 0" test "$RC" = 0
echo "$OUT" >"$TMP/suggest.json"
check "suggest's offsets slice extract's text to its quotes" test "$(node -e "
  const t=[...require('fs').readFileSync('$TMP/text.txt','utf8').replace(/\n$/,'')];
  const s=JSON.parse(require('fs').readFileSync('$TMP/suggest.json','utf8'));
  console.log(s.length>0 && s.every(x=>t.slice(x.start,x.end).join('')===x.exact))")" = true

# [SECTION] encodings
printf '<html><head><meta charset="windows-1252"><title>t</title></head><body><p>\x93Caf\xe9\x94 \x96 na\xefve</p></body></html>' >"$TMP/cp1252.html"
both extract "$TMP/cp1252.html"
check "windows-1252 is decoded" test "$(tail -1 "$TMP/n.out")" = "“Café” – naïve"
printf '<html>\n<head><meta charset="Shift_JIS"></head><body><p>\x82\xa0</p></body></html>' >"$TMP/sjis.html"
both extract "$TMP/sjis.html"
check "an unsupported encoding exits 1" test "$RC" = 1
check "the message names the encoding and where it is declared" \
  grep -q 'sjis.html: unsupported character encoding "shift_jis" (declared at line 2, column 7)' "$TMP/n.err"
printf '<meta charset="utf-8">\n<p>caf\xe9</p>' >"$TMP/badutf8.html"
both extract "$TMP/badutf8.html"
check "invalid UTF-8 exits 1" test "$RC" = 1
check "invalid UTF-8 is located" grep -q "invalid UTF-8 at byte 29 (line 2, column 7)" "$TMP/n.err"

# [SECTION] bad input: usage, missing, empty, binary, no text, broken and deep markup
both extract
check "no page exits 2" test "$RC" = 2
both extract "$TMP/news.html" --frob
check "an unknown option exits 2" test "$RC" = 2
both extract "$TMP/missing.html"
check "a missing page exits 3" test "$RC" = 3
: >"$TMP/empty.html"
both extract "$TMP/empty.html"
check "an empty page exits 1 and says so" bash -c "[ $RC = 1 ] && grep -q 'empty.html: the file is empty' '$TMP/n.err'"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$TMP/image.html"
both extract "$TMP/image.html"
check "binary data exits 1 and says so" grep -q "binary data, not a web page" "$TMP/n.err"
printf '<html><body><img src="a.png"></body></html>' >"$TMP/notext.html"
both extract "$TMP/notext.html"
check "a page without text exits 1 and says so" grep -q "no text found in the page" "$TMP/n.err"
node -e "process.stdout.write('<p>Start.</p>\n' + '<span>'.repeat(400) + 'lost')" >"$TMP/deep.html"
both extract "$TMP/deep.html"
check "a page nested too deep gives what came before, exit 0" test "$RC:$OUT" = "0:Start."
check "... with a warning that says where reading stopped" grep -q "deep.html: warning: the page nests elements more than 256 deep at line 2" "$TMP/n.err"
node -e "
  let s = '<html><body><div class=main>';
  for (let i = 0; i < 3000; i++) s += ['<p>Text ' + i + ', and more, of the story.', '<b><i>x</b></i>', '</div></span>', '<table><tr><td>c', '&amp;&#x41;&bogus;', '<!-- c -->', '<a href=#>link</a>'][i % 7];
  process.stdout.write(s);" >"$TMP/broken.html"
both extract "$TMP/broken.html" --json
check "broken markup still gives text" test "$RC" = 0

finish extract
