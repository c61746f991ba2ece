/**
 * Vietnamese text folding and search. Buyers type on cheap phones, often without a Vietnamese keyboard: "banh
 * chung" must find "Bánh chưng đen". Folding removes what they leave out (case, tone and vowel marks, the stroke
 * of đ) so both sides compare in the same plain form.
 */

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * Lower case, no diacritics, đ/Đ → d, whitespace collapsed and trimmed: "  Bánh  Chưng ĐEN " → "banh chung den".
 * Lower-casing comes first because it can itself produce combining marks (İ → i + U+0307), which must go too.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** The folded words of a text, split at anything that is not a letter or digit: "Lạc đỏ (Bắc Sơn)" → lac, do, bac, son. */
export function searchTokens(text: string): string[] {
  return foldText(text)
    .split(NOT_WORD)
    .filter((token) => token.length > 0);
}

/** Text to search in: one string, or several (a product's name and its aliases). */
export type Haystack = string | readonly string[];

function haystackTexts(haystack: Haystack): readonly string[] {
  return typeof haystack === 'string' ? [haystack] : haystack;
}

/** How many words a query may miss and still match: none for one or two words, one for three or more. */
export function toleratedMisses(queryWordCount: number): number {
  return queryWordCount >= 3 ? 1 : 0;
}

/** The shortest query word in which one typo is forgiven: in shorter words one letter off is most often another word. */
export const TYPO_MIN_LENGTH = 4;

/**
 * A word's typo keys: for a word of `TYPO_MIN_LENGTH` letters or more, the word and each way of leaving one of its
 * letters out ("long" → long, ong, lng, log, lon); none for a shorter word. A query word that begins no word of a
 * text still matches a word of it with which it shares a key: one letter left out, added or changed, or two
 * neighbours swapped ("lomg", "thnah", "quyyt"). Both words must have four letters or more. The database stores
 * every listing word's keys, so it finds such words by equality in an index, as the domain does here.
 */
export function typoKeys(word: string): string[] {
  const letters = Array.from(word);
  if (letters.length < TYPO_MIN_LENGTH) return [];
  const keys = new Set([word]);
  for (let i = 0; i < letters.length; i++)
    keys.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  return [...keys];
}

interface MatchDetail {
  readonly words: number;
  readonly matched: number;
  /** Query words that begin no word of the text but are one typo away from one (see `typoKeys`). */
  readonly typos: number;
  readonly exact: number;
  readonly phrase: boolean;
  readonly startsWithFirst: boolean;
}

function matchDetail(query: string, haystack: Haystack): MatchDetail {
  const words = searchTokens(query);
  const texts = haystackTexts(haystack);
  const tokens = texts.flatMap(searchTokens);
  let matched = 0;
  let typos = 0;
  let exact = 0;
  let keys: ReadonlySet<string> | undefined;
  for (const word of words) {
    if (tokens.some((token) => token.startsWith(word))) matched++;
    else {
      const wanted = typoKeys(word);
      if (wanted.length > 0) {
        keys ??= new Set(tokens.flatMap(typoKeys));
        const known = keys;
        if (wanted.some((key) => known.has(key))) typos++;
      }
    }
    if (tokens.includes(word)) exact++;
  }
  const foldedQuery = words.join(' ');
  const phrase =
    words.length > 1 && texts.some((text) => ` ${searchTokens(text).join(' ')} `.includes(` ${foldedQuery}`));
  const startsWithFirst =
    words[0] !== undefined &&
    texts.some((text) => (searchTokens(text)[0] ?? '').startsWith(words[0] as string));
  return { words: words.length, matched, typos, exact, phrase, startsWithFirst };
}

/**
 * Whether a buyer's query finds a text. Every query word must begin a word of the folded text ("thanh long" finds
 * "Thanh Long ruột đỏ", "lac do" finds "Lạc đỏ Bắc Sơn", "th lo" finds it too), or, for a word of four letters or
 * more, be one typo away from a word of it ("thanh lomg", "quyyt"; see `typoKeys`); a query of three or more words
 * may miss one of them, because buyers add words the seller did not write ("thanh long do ngon"). An empty query
 * finds everything.
 */
export function matchesSearch(query: string, haystack: Haystack): boolean {
  const detail = matchDetail(query, haystack);
  return detail.words - detail.matched - detail.typos <= toleratedMisses(detail.words);
}

/**
 * A score to order search results, higher first; 0 when the query does not match. A match with every word as
 * typed always ranks above one that needed a typo forgiven, and that above one that needed the tolerance for a
 * missing word; within each, every matched word counts (a forgiven typo less), a whole-word match counts more
 * than a prefix, and the query found as a phrase, or a text that starts with the first query word, counts more
 * again. An empty query scores 1 for everything (all equal).
 */
export function searchScore(query: string, haystack: Haystack): number {
  const detail = matchDetail(query, haystack);
  if (detail.words === 0) return 1;
  const missed = detail.words - detail.matched - detail.typos;
  if (missed > toleratedMisses(detail.words)) return 0;
  const tier = missed > 0 ? 1_000_000 : detail.typos > 0 ? 1_500_000 : 2_000_000;
  const bonus = (detail.phrase ? 20 : 0) + (detail.startsWithFirst ? 5 : 0);
  return tier + detail.matched * 10 + detail.typos * 3 + detail.exact * 5 + bonus;
}

/** Characters that reorder how text is shown (U+202A–202E embeddings and overrides, U+2066–2069 isolates). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Half of a surrogate pair without its other half: not a character at all (no `u` flag, to see the halves). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What shows nothing: spaces, format characters (zero-width space and joiners, BOM, soft hyphen…), controls, fillers. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/**
 * Whether text a person typed hides something from whoever reads it: a right-to-left override or another bidi
 * control (which makes "gnol hnaht" read as "thanh long", or a price read backwards), a lone surrogate (broken
 * text no font shows), or nothing visible at all (only zero-width characters, which pass a length check). Empty
 * text hides nothing; zero-width joiners inside visible text (emoji sequences) are fine.
 */
export function hasHiddenText(text: string): boolean {
  if (BIDI_CONTROLS.test(text) || LONE_SURROGATE.test(text)) return true;
  return text.length > 0 && text.replace(INVISIBLE, '').length === 0;
}
