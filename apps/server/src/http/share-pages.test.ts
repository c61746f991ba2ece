import { describe, expect, it } from 'vitest';
import { escapeHtml, withPreview } from './share-pages.ts';

const PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta name="description" content="Nông sản đang vào mùa" />
    <title>Nông sản Bắc Sơn</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('link previews in the HTML', () => {
  it('put the title, description, picture and address in Open Graph and Twitter tags', () => {
    const html = withPreview(
      PAGE,
      { title: 'Thanh long – 28.000 ₫/kg', description: 'Ngọt.', image: '/photos/a.webp' },
      'http://shop.example/buyer/listings/l1',
      'http://shop.example',
    );
    expect(html).toContain('<title>Thanh long – 28.000 ₫/kg</title>');
    expect(html).toContain('<meta name="description" content="Ngọt." />');
    expect(html).toContain('<meta property="og:title" content="Thanh long – 28.000 ₫/kg" />');
    expect(html).toContain('<meta property="og:image" content="http://shop.example/photos/a.webp" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<meta property="og:url" content="http://shop.example/buyer/listings/l1" />');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });

  it('escape what a shop typed, so a title never becomes markup', () => {
    const evil = '"><script>alert(1)</script>&\'';
    const html = withPreview(PAGE, { title: evil, description: evil, image: null }, 'http://x/', 'http://x');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`<title>${escapeHtml(evil)}</title>`);
    expect(escapeHtml(evil)).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;');
    // No picture: a small card, and no image tag pointing nowhere.
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('og:image');
  });
});
