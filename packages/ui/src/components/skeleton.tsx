/** A grey placeholder of the size the content will have, so nothing jumps when it arrives. */
export function Skeleton({ height, width = '100%' }: { height: string; width?: string }) {
  return <span className="ns-skeleton" style={{ height, width }} aria-hidden="true" />;
}

/** Placeholders for a list of cards while it loads; `label` is what a screen reader hears meanwhile. */
export function CardListSkeleton({ count, label }: { count: number; label: string }) {
  return (
    <div className="ns-cards" aria-busy="true" role="status" aria-label={label}>
      {Array.from({ length: count }, (_, index) => (
        <div className="ns-card ns-card--skeleton" key={index}>
          <Skeleton height="72px" width="72px" />
          <div className="ns-card__body">
            <Skeleton height="1.2em" width="70%" />
            <Skeleton height="1em" width="40%" />
            <Skeleton height="1em" width="55%" />
          </div>
        </div>
      ))}
    </div>
  );
}
