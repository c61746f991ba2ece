/**
 * `@nongsan/ui/testing` (the browser harness both apps' tests use), loaded at run time. The package ships it as
 * TypeScript for Vitest, which Node 20 cannot run, so this package's build compiles that same file into
 * `dist/ui/` (tsconfig.harness.json); the types come from the package itself.
 */
import type * as Harness from '@nongsan/ui/testing';

export const harness: typeof Harness = await import(new URL('./ui/browser-harness.js', import.meta.url).href);
