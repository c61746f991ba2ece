/**
 * A picture in a box whose size is fixed before it loads (no layout shift), lazily loaded; without a photo the
 * product's icon fills the box, which costs nothing to download.
 */
export function ImageBox({
  src,
  alt,
  fallbackIcon,
  size = 72,
}: {
  src: string | undefined;
  alt: string;
  fallbackIcon: string;
  size?: number;
}) {
  return (
    <span className="ns-imagebox" style={{ width: size, height: size }}>
      {src ? (
        <img src={src} alt={alt} width={size} height={size} loading="lazy" decoding="async" />
      ) : (
        <span className="ns-imagebox__icon" role="img" aria-label={alt}>
          {fallbackIcon}
        </span>
      )}
    </span>
  );
}
