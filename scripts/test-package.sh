#!/usr/bin/env bash
# `npm run test:package`: packs the tarball exactly as `npm publish` would (prepack builds dist/),
# checks what it holds, installs it into fresh consumer projects — ESM, CommonJS, TypeScript with
# node16 and with bundler resolution — and runs each, then runs the CLI from the installed package.
# Needs the npm registry for zod, as a user's install does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "== pack"
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
contents=$(tar -tzf "$tarball")
for f in package/dist/index.js package/dist/index.cjs package/dist/index.d.ts package/dist/index.d.cts \
         package/dist/index.js.map package/dist/schema.json package/dist/cli.js package/README.md package/LICENSE; do
  grep -qx "$f" <<<"$contents" || { echo "missing from the tarball: $f"; exit 1; }
done
if grep -Eq '^package/(src|test|bench|scripts|seeds)/' <<<"$contents"; then echo "the tarball ships sources or tests"; exit 1; fi
echo "tarball: $(basename "$tarball"), $(wc -c <"$tarball") bytes, $(wc -l <<<"$contents") files"

zod_version=$(node -p "require('$root/node_modules/zod/package.json').version")
tsc="$root/node_modules/.bin/tsc"
article='Storm closes the harbour

By Jane Doe

“We had no choice,” Mayor Tom Hill said on Monday.'

# consumer NAME TYPE: a fresh project with the tarball and zod installed.
consumer() {
  local dir="$work/$1"
  mkdir -p "$dir"
  printf '{ "name": "consumer-%s", "version": "1.0.0", "private": true, "type": "%s" }\n' "$1" "$2" >"$dir/package.json"
  (cd "$dir" && npm install --silent --no-audit --no-fund --prefer-offline "$tarball" "zod@$zod_version" >/dev/null)
  printf '%s' "$article" >"$dir/article.txt"
  echo "$dir"
}

echo "== ESM consumer"
dir=$(consumer esm module)
cat >"$dir/index.js" <<'EOF'
import { readFileSync } from 'node:fs';
import { parseArticle, safeParseArticle, ArticleSchema, isArticleParseError } from 'news-article-parser';
import schema from 'news-article-parser/schema.json' with { type: 'json' };
const article = parseArticle(readFileSync('article.txt', 'utf8'));
if (article.headline?.text !== 'Storm closes the harbour') throw new Error('headline: ' + article.headline?.text);
if (article.quotes[0]?.speaker?.text !== 'Mayor Tom Hill') throw new Error('speaker: ' + article.quotes[0]?.speaker?.text);
if (!ArticleSchema.safeParse(article).success) throw new Error('schema');
const failed = safeParseArticle('');
if (failed.success || !isArticleParseError(failed.error) || failed.error.code !== 'EMPTY_INPUT') throw new Error('error');
if (schema.title !== 'Article') throw new Error('schema.json');
console.log('ESM ok:', article.quotes.length, 'quote(s)');
EOF
(cd "$dir" && node index.js)

echo "== CommonJS consumer"
dir=$(consumer cjs commonjs)
cat >"$dir/index.js" <<'EOF'
const { readFileSync } = require('node:fs');
const { parseArticle, ERROR_CODES } = require('news-article-parser');
const schema = require('news-article-parser/schema.json');
const article = parseArticle(readFileSync('article.txt', 'utf8'));
if (article.byline?.text !== 'By Jane Doe') throw new Error('byline: ' + article.byline?.text);
if (!ERROR_CODES.includes('INPUT_TOO_LARGE') || schema.$defs.Quote === undefined) throw new Error('exports');
console.log('CommonJS ok:', article.paragraphs.length, 'paragraph(s)');
EOF
(cd "$dir" && node index.js)

# A TypeScript consumer that must type-check under `resolution` and run once compiled.
typescript_consumer() {
  local name=$1 module=$2 resolution=$3
  echo "== TypeScript consumer ($resolution resolution)"
  dir=$(consumer "$name" module)
  cat >"$dir/tsconfig.json" <<EOF
{ "compilerOptions": { "target": "ES2022", "module": "$module", "moduleResolution": "$resolution", "strict": true,
  "outDir": "out", "types": [], "skipLibCheck": false, "resolveJsonModule": true, "lib": ["ES2022", "DOM"] }, "files": ["index.ts"] }
EOF
  cat >"$dir/index.ts" <<'EOF'
import { parseArticle, safeParseArticle, type Article, type Quote, type ParseOptions } from 'news-article-parser';
const options: ParseOptions = { maxLength: 100_000 };
const article: Article = parseArticle('Title\n\n“Yes,” she said.', options);
const quote: Quote | undefined = article.quotes[0];
const result = safeParseArticle('');
const code: string = result.success ? 'none' : result.error.code;
// @ts-expect-error kind is a closed union
const wrong: Quote['kind'] = 'rumour';
if (quote?.speaker?.text !== 'she' || code !== 'EMPTY_INPUT' || wrong === undefined) throw new Error('typescript consumer');
console.log('TypeScript ok');
EOF
  (cd "$dir" && "$tsc" -p . && node out/index.js)
}
typescript_consumer ts-node16 node16 node16
typescript_consumer ts-bundler esnext bundler

echo "== CLI from the installed package"
(cd "$work/esm" && ./node_modules/.bin/news-article-parser article.txt | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const a = JSON.parse(s);
    if (a.headline?.text !== "Storm closes the harbour") throw new Error("CLI output");
    console.log("CLI ok");
  });')
(cd "$work/esm" && cp article.txt second.txt && test "$(./node_modules/.bin/news-article-parser --version)" = "$(node -p "require('$root/package.json').version")" \
  && test "$(./node_modules/.bin/news-article-parser --jobs 2 article.txt second.txt | wc -l)" -eq 2 && echo "CLI batch ok")
echo "package tests passed"
