import * as z from 'zod';
import { problem } from './errors.ts';
import { hasHiddenText } from './text.ts';

/**
 * The schema of text a person types and others read — shop names, listing titles and descriptions, names,
 * addresses, notes, reasons: trimmed, within its lengths, and refused with `text.hidden_characters` when it hides
 * something (`hasHiddenText`). The one rule every such field uses. (Apart from `text.ts`, so the buyer's first
 * screen, which folds text for search, carries no zod.)
 */
export function typedText(limits: { readonly min?: number; readonly max: number }) {
  const trimmed = z.string().trim();
  const bounded = (limits.min ? trimmed.min(limits.min) : trimmed).max(limits.max);
  return bounded.refine((text) => !hasHiddenText(text), problem('text.hidden_characters'));
}
