import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRouter, type ContextInnerOptions, createCallerFactory, createContextInner } from '@nongsan/api';
import { type LinkPreview, listingPreview, originPreview } from '@nongsan/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The picture a preview shows when a listing has no photo: the app's icon (apps/buyer/public/icons). */
const FALLBACK_IMAGE = '/buyer/icons/icon-512.png';

/** What one shared page previews: its text, a picture (an absolute path on this server or an https link). */
export interface PagePreview extends LinkPreview {
  readonly image: string | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside an HTML attribute or element: what a shop typed never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * The app's page with the preview in its head: the title, the description, and the Open Graph and Twitter card
 * tags Zalo and Facebook read (they run no script, so the tags must be in the HTML the server sends).
 */
export function withPreview(html: string, preview: PagePreview, pageUrl: string, origin: string): string {
  const image = preview.image ? new URL(preview.image, origin).href : null;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Nông sản Bắc Sơn'],
    ['property', 'og:locale', 'vi_VN'],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', pageUrl],
    ...(image ? ([['property', 'og:image', image]] as [string, string, string][]) : []),
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', preview.title],
    ['name', 'twitter:description', preview.description],
    ...(image ? ([['name', 'twitter:image', image]] as [string, string, string][]) : []),
  ];
  const meta = tags
    .map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeHtml(content)}" />`)
    .join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(preview.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => {
      return `<meta name="description" content="${escapeHtml(preview.description)}" />`;
    })
    .replace(
      '</head>',
      () => `    ${meta}\n    <link rel="canonical" href="${escapeHtml(pageUrl)}" />\n  </head>`,
    );
}

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * `/buyer/listings/:id`, `/buyer/origin/:id` (and its label) and `/buyer/shops/:id` answered with the buyer app's page carrying that listing's or
 * shop's preview, so a link pasted into Zalo or Facebook shows a card. Registered in the buyer app's scope; an
 * unknown id gets the plain page with 404 (the app then says it is not there).
 */
export function registerSharePages(
  scope: FastifyInstance,
  options: { readonly root: string; readonly deps: ContextInnerOptions },
): void {
  const page = readFileSync(join(options.root, 'index.html'), 'utf8');
  const caller = () => createCallerFactory(appRouter)(createContextInner(options.deps));

  const answer = async (request: FastifyRequest, reply: FastifyReply, find: () => Promise<PagePreview>) => {
    let preview: PagePreview;
    try {
      preview = await find();
    } catch {
      return reply.code(404).type('text/html; charset=utf-8').send(page);
    }
    const origin = originOf(request);
    const html = withPreview(page, preview, new URL(request.url, origin).href, origin);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };

  scope.get<{ Params: { listingId: string } }>('/listings/:listingId', (request, reply) =>
    answer(request, reply, async () => {
      const listing = await caller().listings.get({ listingId: request.params.listingId });
      const place = { shopName: listing.shopName ?? '', villageName: listing.villageName ?? '' };
      return { ...listingPreview(listing, place), image: listing.photoUrls[0] ?? FALLBACK_IMAGE };
    }),
  );
  // A listing's origin page (what its QR label opens), and the label itself, carry the origin's preview.
  const origin = (request: FastifyRequest<{ Params: { listingId: string } }>, reply: FastifyReply) =>
    answer(request, reply, async () => {
      const listingId = request.params.listingId;
      const [found, listing] = await Promise.all([
        caller().listings.origin({ listingId }),
        caller().listings.get({ listingId }),
      ]);
      return { ...originPreview(found), image: listing.photoUrls[0] ?? FALLBACK_IMAGE };
    });
  scope.get<{ Params: { listingId: string } }>('/origin/:listingId', origin);
  scope.get<{ Params: { listingId: string } }>('/origin/:listingId/label', origin);
  scope.get<{ Params: { shopId: string } }>('/shops/:shopId', (request, reply) =>
    answer(request, reply, async () => {
      const front = await caller().shop.storefront({ shopId: request.params.shopId });
      return {
        ...front.preview,
        image: front.listings.find((l) => l.photoUrls[0])?.photoUrls[0] ?? FALLBACK_IMAGE,
      };
    }),
  );
}
