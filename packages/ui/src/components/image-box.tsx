import { hasProductPicture, ProductPicture } from '../pictures/product-pictures.tsx';

/**
 * A picture in a box whose size is fixed before it loads (no layout shift), lazily loaded; without a photo the
 * project's own drawing of the product fills the box (`pictures/`), or its icon for a product without one. Either
 * costs nothing to download.
 */
export function ImageBox({
  src,
  alt,
  fallbackIcon,
  productId,
  size = 72,
}: {
  src: string | undefined;
  alt: string;
  fallbackIcon: string;
  /** The listing's product: drawn when there is no photo. */
  productId?: string;
  size?: number;
}) {
  return (
    <span className="ns-imagebox" style={{ width: size, height: size }}>
      {src ? (
        <img src={src} alt={alt} width={size} height={size} loading="lazy" decoding="async" />
      ) : productId && hasProductPicture(productId) ? (
        <ProductPicture productId={productId} label={alt} size={size} />
      ) : (
        <span className="ns-imagebox__icon" role="img" aria-label={alt}>
          {fallbackIcon}
        </span>
      )}
    </span>
  );
}
