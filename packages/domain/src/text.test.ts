import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCTS } from './catalog.ts';
import { foldText, matchesSearch, searchScore, searchTokens, TYPO_MIN_LENGTH } from './text.ts';

describe('foldText', () => {
  it('lowercases, strips tone and vowel marks, turns đ/Đ into d and collapses whitespace', () => {
    expect(foldText('  Bánh  Chưng\tĐEN ')).toBe('banh chung den');
    expect(foldText('Lạc đỏ Bắc Sơn')).toBe('lac do bac son');
    expect(foldText('Thanh Long ruột đỏ')).toBe('thanh long ruot do');
    expect(foldText('Quýt vàng, Hồng không hạt')).toBe('quyt vang, hong khong hat');
    expect(foldText('Ưu đãi ở Đồng Ý')).toBe('uu dai o dong y');
  });

  it('folds text typed in precomposed (NFC) and decomposed (NFD) form alike', () => {
    const nfc = 'Bánh chưng đen'.normalize('NFC');
    const nfd = 'Bánh chưng đen'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldText(nfc)).toBe(foldText(nfd));
  });

  it('is idempotent, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => foldText(foldText(text)) === foldText(text)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'aăâeêioôơuưyđĐÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬ \t'.split(''))).map((cs) => cs.join('')),
        (text) => foldText(foldText(text)) === foldText(text),
      ),
    );
  });

  it('changes nothing but case and whitespace in text without diacritics', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(foldText(text)).toBe(text.toLowerCase().replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('search', () => {
  it('splits into folded words at punctuation', () => {
    expect(searchTokens('Lạc đỏ (Bắc Sơn), 1kg')).toEqual(['lac', 'do', 'bac', 'son', '1kg']);
    expect(searchTokens('  ')).toEqual([]);
  });

  it('finds what buyers type without accents', () => {
    expect(matchesSearch('thanh long', 'Thanh Long ruột đỏ')).toBe(true);
    expect(matchesSearch('banh chung', 'Bánh chưng đen')).toBe(true);
    expect(matchesSearch('lac do', 'Lạc đỏ Bắc Sơn')).toBe(true);
    expect(matchesSearch('Lạc Đỏ', 'lac do bac son')).toBe(true);
  });

  it('matches query words as word prefixes, not inside words', () => {
    expect(matchesSearch('thanh lo', 'Thanh Long ruột đỏ')).toBe(true);
    expect(matchesSearch('ong', 'Thanh Long ruột đỏ')).toBe(false);
    expect(matchesSearch('long do', 'Thanh Long ruột đỏ')).toBe(true);
    expect(matchesSearch('nho', 'Thanh Long ruột đỏ')).toBe(false);
  });

  it('needs every word of a one- or two-word query', () => {
    expect(matchesSearch('thanh nho', 'Thanh Long ruột đỏ')).toBe(false);
    expect(matchesSearch('quyt', 'Thanh Long ruột đỏ')).toBe(false);
  });

  it('tolerates one missing word in a query of three words or more, but not two', () => {
    expect(matchesSearch('thanh long ngon', 'Thanh Long ruột đỏ')).toBe(true);
    expect(matchesSearch('thanh long ngon re', 'Thanh Long ruột đỏ')).toBe(false);
    expect(matchesSearch('lac do ngon', 'Lạc đỏ Bắc Sơn')).toBe(true);
  });

  it('searches a product name together with its aliases', () => {
    const peanut = PRODUCTS.find((p) => p.id === 'red-peanut');
    if (!peanut) throw new Error('catalog lost its peanuts');
    expect(matchesSearch('dau phong', [peanut.name.vi, ...peanut.aliases])).toBe(true);
    expect(matchesSearch('peanut', [peanut.name.vi, ...peanut.aliases])).toBe(true);
  });

  it('finds everything with an empty query', () => {
    expect(matchesSearch('', 'Nho')).toBe(true);
    expect(matchesSearch('  ', 'Nho')).toBe(true);
  });

  it('scores 0 exactly when there is no match', () => {
    const texts = ['Thanh Long ruột đỏ', 'Bánh chưng đen', 'Lạc đỏ Bắc Sơn', 'Nho', 'Quýt vàng Bắc Sơn'];
    for (const query of ['thanh long', 'bac son', 'do', 'banh chung ngon', 'quyt ngon re', 'xyz']) {
      for (const text of texts) expect(searchScore(query, text) > 0).toBe(matchesSearch(query, text));
    }
  });

  it('orders results: the phrase and whole words first, a tolerated miss last', () => {
    const texts = [
      'Bánh thanh hao, long nhãn', // both words, but apart and not first
      'Thanh Long ruột đỏ',
      'Thanhlong sấy', // one word: "long" does not begin a word
      'Thanh Long ruột trắng loại nhỏ',
    ];
    const ranked = [...texts]
      .filter((t) => matchesSearch('thanh long', t))
      .sort((a, b) => searchScore('thanh long', b) - searchScore('thanh long', a));
    expect(ranked[0]).toMatch(/^Thanh Long/);
    expect(ranked).not.toContain('Thanhlong sấy');
    expect(ranked.at(-1)).toBe('Bánh thanh hao, long nhãn');

    const full = searchScore('lac do bac', 'Lạc đỏ Bắc Sơn');
    const tolerated = searchScore('lac do ngon', 'Lạc đỏ Bắc Sơn');
    expect(full).toBeGreaterThan(tolerated);
    expect(searchScore('lac', 'Lạc đỏ')).toBeGreaterThan(searchScore('la', 'Lạc đỏ'));
  });

  it('ranks a full match above a tolerated one however long the query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('an', 'ninh', 'ra', 'la', 'long', 'dong'), { minLength: 3, maxLength: 12 }),
        (words) => {
          const text = words.join(' ');
          const query = words.join(' ');
          const missingOne = [...words.slice(0, -1), 'zzz'].join(' ');
          expect(searchScore(query, text)).toBeGreaterThan(searchScore(missingOne, text));
        },
      ),
    );
  });
});

describe('one typo forgiven in one- and two-word queries', () => {
  it('finds a word with one letter left out, added, changed or two swapped, from four letters on', () => {
    for (const query of ['thanh lomg', 'thnah long', 'quyyt', 'quyt vang', 'thanhh long']) {
      const text = query.startsWith('quy') ? 'Quýt vàng Bắc Sơn' : 'Thanh Long ruột đỏ';
      expect(matchesSearch(query, text), query).toBe(true);
    }
    // Shorter words are not forgiven (one letter off is another word: nho, nha, cho), nor two typos in a word.
    expect(matchesSearch('nha', 'Nho hạ đen')).toBe(false);
    expect(matchesSearch('thanh lmgo', 'Thanh Long ruột đỏ')).toBe(false);
    expect(matchesSearch('xoai', 'Thanh Long ruột đỏ')).toBe(false);
  });

  it('ranks a match as typed above a forgiven typo, and that above a missing word', () => {
    const asTyped = searchScore('thanh long do', 'Thanh Long ruột đỏ');
    const typo = searchScore('thanh lomg do', 'Thanh Long ruột đỏ');
    const missing = searchScore('thanh xyz do', 'Thanh Long ruột đỏ');
    expect(asTyped).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(missing);
    expect(missing).toBeGreaterThan(0);
  });

  it('forgives any single edit of a word of four letters or more (property)', () => {
    const word = fc.stringMatching(/^[a-z]{4,9}$/);
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom('delete', 'insert', 'change', 'swap'), (w, at, edit) => {
        const i = at % w.length;
        const typed =
          edit === 'delete'
            ? w.slice(0, i) + w.slice(i + 1)
            : edit === 'insert'
              ? `${w.slice(0, i)}q${w.slice(i)}`
              : edit === 'change'
                ? `${w.slice(0, i)}${w[i] === 'z' ? 'y' : 'z'}${w.slice(i + 1)}`
                : i + 1 < w.length
                  ? w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2)
                  : w;
        // Only typed words the rule covers: four letters or more.
        if (typed.length < TYPO_MIN_LENGTH) return;
        expect(matchesSearch(typed, `vuon ${w}`)).toBe(true);
      }),
    );
  });
});
