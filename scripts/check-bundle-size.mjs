#!/usr/bin/env node
// What a phone downloads before the first screen can show, gzipped (level 9), against a budget.
//
//   node scripts/check-bundle-size.mjs <app>/dist --budget-kb 170
//
// "Initial" is the entry chunk, every chunk it imports statically (recursively), their CSS, and whatever
// index.html links itself (scripts, module preloads, stylesheets). Lazy chunks (`import()`) are not counted:
// they load when a later screen needs them. Reads Vite's manifest (`build.manifest: true`). 1 kB = 1000 bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

function usage(message) {
  console.error(`${message}\nusage: check-bundle-size.mjs <dist dir> --budget-kb <kB>`);
  process.exit(2);
}

const args = process.argv.slice(2);
const distDir = resolve(args[0] ?? usage('missing the dist directory'));
const budgetIndex = args.indexOf('--budget-kb');
const budgetKb = Number(budgetIndex >= 0 ? args[budgetIndex + 1] : Number.NaN);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) usage('missing or bad --budget-kb');

const manifestPath = join(distDir, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) usage(`no ${manifestPath}: build with build.manifest = true`);
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const initial = new Set();
const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk ${key}`);
  initial.add(chunk.file);
  for (const css of chunk.css ?? []) initial.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
}
const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
if (entries.length === 0) throw new Error('the manifest names no entry chunk');
for (const key of entries) visit(key);

// What index.html itself links (Vite writes the base path in front: /seller/assets/…).
const html = readFileSync(join(distDir, 'index.html'), 'utf8');
for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
  const tag = match[0];
  const url = match[1] ?? '';
  const linked = /<script/.test(tag) || /rel="(?:stylesheet|modulepreload)"/.test(tag);
  if (!linked || /^(?:[a-z]+:)?\/\//i.test(url)) continue;
  const asset = url.replace(/^.*?(assets\/)/, '$1');
  if (existsSync(join(distDir, asset))) initial.add(asset);
}

let raw = 0;
let gzipped = 0;
const rows = [...initial].sort().map((file) => {
  const bytes = readFileSync(join(distDir, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += gz;
  return { file, raw: bytes.length, gz };
});
const kb = (bytes) => (bytes / 1000).toFixed(1);
for (const row of rows)
  console.log(`  ${row.file.padEnd(44)} ${kb(row.raw).padStart(8)} kB ${kb(row.gz).padStart(7)} kB gz`);
const verdict = gzipped <= budgetKb * 1000 ? 'within' : 'OVER';
console.log(
  `initial JS + CSS: ${kb(gzipped)} kB gzipped (${kb(raw)} kB raw), budget ${budgetKb} kB: ${verdict} budget`,
);
if (verdict === 'OVER') process.exit(1);
