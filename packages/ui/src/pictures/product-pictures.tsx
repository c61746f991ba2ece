import type { ProductId } from '@nongsan/domain';
import type { ReactNode } from 'react';

/**
 * Small drawings of the catalog's products, made for this project (see README.md beside this file): shown by
 * `ImageBox` when a listing has no photo of its own. Each is a 64 × 64 SVG of flat shapes, a few hundred bytes, so
 * a card costs nothing to download; they replace emoji, which drew a dragon for a dragon fruit.
 */
const DRAWINGS: Readonly<Record<ProductId, ReactNode>> = {
  // Red-flesh dragon fruit: the pink skin with green-tipped bracts, and a cut half with its red flesh and seeds.
  'dragon-fruit': (
    <>
      <ellipse cx="24" cy="34" rx="15" ry="20" fill="#d6246e" />
      <path d="M12 22l-6-6 10 3zM14 40l-9 2 8-7zM34 18l6-8-1 10zM36 44l8 4-9-1z" fill="#7cb342" />
      <ellipse cx="44" cy="36" rx="13" ry="17" fill="#d6246e" />
      <ellipse cx="44" cy="36" rx="10.5" ry="14.5" fill="#b0124f" />
      <g fill="#1b1b1b">
        <circle cx="40" cy="28" r="0.9" />
        <circle cx="46" cy="25" r="0.9" />
        <circle cx="48" cy="32" r="0.9" />
        <circle cx="41" cy="36" r="0.9" />
        <circle cx="47" cy="40" r="0.9" />
        <circle cx="42" cy="44" r="0.9" />
        <circle cx="49" cy="46" r="0.9" />
      </g>
    </>
  ),
  // Red peanuts: a shell pinched in the middle, and three red kernels.
  'red-peanut': (
    <>
      <path
        d="M14 14c8-6 18-2 18 7 0 4 3 6 7 7 9 2 12 12 6 19-6 7-17 5-20-3-1-3-3-5-7-6-9-3-11-17-4-24z"
        fill="#d9b67a"
        stroke="#a47f43"
        strokeWidth="1.5"
      />
      <ellipse cx="18" cy="50" rx="6" ry="4.5" fill="#a8322d" />
      <ellipse cx="30" cy="54" rx="6" ry="4.5" fill="#c0392b" />
      <ellipse cx="44" cy="16" rx="6" ry="4.5" fill="#a8322d" />
    </>
  ),
  // Black bánh chưng: a square cake in green dong leaves, tied with bamboo strings, a cut corner showing black.
  'black-banh-chung': (
    <>
      <rect x="10" y="10" width="44" height="44" rx="4" fill="#2e7d32" />
      <rect x="14" y="14" width="36" height="36" rx="2" fill="#43a047" />
      <path d="M24 10v44M40 10v44M10 24h44M10 40h44" stroke="#e8d9a8" strokeWidth="2.5" />
      <path d="M40 40h14v10a4 4 0 0 1-4 4H40z" fill="#2b2b2b" />
      <circle cx="46" cy="46" r="1.5" fill="#8d6e63" />
    </>
  ),
  // Grapes: a bunch of purple berries under a vine leaf.
  grape: (
    <>
      <path d="M32 6v10" stroke="#6d4c41" strokeWidth="3" strokeLinecap="round" />
      <path d="M34 10c6-6 16-4 18 2-6 4-14 4-18-2z" fill="#689f38" />
      <g fill="#6a1b9a">
        <circle cx="22" cy="22" r="7" />
        <circle cx="35" cy="21" r="7" />
        <circle cx="46" cy="24" r="6" />
        <circle cx="28" cy="33" r="7" />
        <circle cx="41" cy="34" r="7" />
        <circle cx="34" cy="45" r="7" />
        <circle cx="24" cy="45" r="5" />
        <circle cx="33" cy="56" r="5" />
      </g>
      <g fill="#ce93d8" opacity="0.7">
        <circle cx="20" cy="20" r="1.8" />
        <circle cx="33" cy="19" r="1.8" />
        <circle cx="26" cy="31" r="1.8" />
        <circle cx="39" cy="32" r="1.8" />
      </g>
    </>
  ),
  // Golden mandarin of Bắc Sơn: a round golden fruit with its stalk and two leaves.
  'golden-mandarin': (
    <>
      <circle cx="32" cy="37" r="21" fill="#f5a623" />
      <circle cx="25" cy="30" r="5" fill="#ffd27a" opacity="0.6" />
      <path d="M32 16v-5" stroke="#5d4037" strokeWidth="3" strokeLinecap="round" />
      <path d="M33 13c5-7 15-7 18-3-5 5-13 6-18 3zM31 13c-4-5-11-5-14-2 4 4 10 4 14 2z" fill="#388e3c" />
    </>
  ),
  // Custard apple (na): a green round fruit of knobbly segments.
  'custard-apple': (
    <>
      <path d="M32 10v6" stroke="#5d4037" strokeWidth="3" strokeLinecap="round" />
      <circle cx="32" cy="37" r="21" fill="#9ccc65" />
      <g fill="none" stroke="#558b2f" strokeWidth="1.6">
        <path d="M18 28c4 3 8 3 12 0s8-3 12 0 6 2 8 1" />
        <path d="M13 38c5 3 9 3 13 0s9-3 13 0 8 3 12 0" />
        <path d="M16 48c4 3 8 3 12 0s9-3 13 0 6 2 8 0" />
        <path d="M24 19c-2 6-2 12 0 18s2 12 0 18M40 19c2 6 2 12 0 18s-2 12 0 18" />
      </g>
    </>
  ),
  // Star anise (hồi): an eight-pointed brown star with a seed in each point.
  'star-anise': (
    <>
      <path
        d="M32 4l5 20 17-11-11 17 20 5-20 5 11 17-17-11-5 20-5-20-17 11 11-17-20-5 20-5L10 13l17 11z"
        fill="#8d4f2a"
        stroke="#5d3218"
        strokeWidth="1.2"
        strokeLinejoin="round"
      />
      <circle cx="32" cy="32" r="5" fill="#5d3218" />
      <g fill="#d7a86e">
        <ellipse cx="32" cy="14" rx="1.8" ry="3" />
        <ellipse cx="32" cy="50" rx="1.8" ry="3" />
        <ellipse cx="14" cy="32" rx="3" ry="1.8" />
        <ellipse cx="50" cy="32" rx="3" ry="1.8" />
      </g>
    </>
  ),
  // Persimmon (hồng): a flattened orange fruit with its four-leaved green cap.
  persimmon: (
    <>
      <ellipse cx="32" cy="38" rx="23" ry="19" fill="#ef6c00" />
      <ellipse cx="24" cy="32" rx="6" ry="4" fill="#ffa040" opacity="0.6" />
      <path d="M32 22l-11-5 7 8-10 3 12 0zM32 22l11-5-7 8 10 3-12 0z" fill="#33691e" />
      <path d="M32 22v-8" stroke="#4e342e" strokeWidth="3" strokeLinecap="round" />
    </>
  ),
};

/** Whether the project has a drawing of this product. */
export function hasProductPicture(productId: string): productId is ProductId {
  return Object.hasOwn(DRAWINGS, productId);
}

/**
 * The drawing of a product at `size` px, named for screen readers by `label`; without a label it is decoration
 * beside the product's name and screen readers skip it.
 */
export function ProductPicture({
  productId,
  label,
  size,
}: {
  productId: ProductId;
  label?: string | undefined;
  size: number;
}) {
  const svg = {
    className: 'ns-product-picture',
    width: size,
    height: size,
    viewBox: '0 0 64 64',
    xmlns: 'http://www.w3.org/2000/svg',
  };
  if (label === undefined)
    return (
      <svg {...svg} aria-hidden="true">
        {DRAWINGS[productId]}
      </svg>
    );
  return (
    <svg {...svg} role="img" aria-label={label}>
      {DRAWINGS[productId]}
    </svg>
  );
}
