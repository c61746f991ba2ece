// Writes generated/error-codes.md: every code of the domain's dictionary with its Vietnamese and English text, by
// area, for the reference (typedoc.json lists it as a project document). Reads the built package: run after
// `pnpm --filter @nongsan/domain build` (the root `pnpm reference` does).
import { mkdirSync, writeFileSync } from 'node:fs';
import { messages } from '@nongsan/domain/errors';

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const placeholders = (text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];

const byArea = new Map();
for (const [code, message] of Object.entries(messages)) {
  const area = code.split('.')[0];
  byArea.set(area, [...(byArea.get(area) ?? []), [code, message]]);
}

const lines = [
  '---',
  'title: Error codes',
  '---',
  '',
  '# Error codes',
  '',
  `Every \`DomainError\` carries one of these ${Object.keys(messages).length} codes, stable across versions; match on`,
  'the code, and show `formatMessage(code, params, locale)`. The `{name}` placeholders are filled from the',
  "error's `params`.",
  '',
];
for (const [area, entries] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
  lines.push(`## ${area}`, '', '| code | params | Tiếng Việt | English |', '| --- | --- | --- | --- |');
  for (const [code, { vi, en }] of entries)
    lines.push(`| \`${code}\` | ${placeholders(`${vi} ${en}`).join(', ')} | ${cell(vi)} | ${cell(en)} |`);
  lines.push('');
}
mkdirSync(new URL('generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('generated/error-codes.md', import.meta.url), lines.join('\n'));
console.log(`error-codes.md: ${Object.keys(messages).length} codes in ${byArea.size} areas`);
