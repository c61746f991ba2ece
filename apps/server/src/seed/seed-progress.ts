import type { ProvinceSeedProgress } from './province-seed.ts';

const counts = new Intl.NumberFormat('vi-VN');

/** "Đang tạo dữ liệu tỉnh: 83/200 xã, 81.204 hộ, 1 m 12 s": one line of the province seed's progress. */
export function provinceProgressLine(progress: ProvinceSeedProgress): string {
  const seconds = Math.floor(progress.elapsedMs / 1000);
  const time = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} m ${seconds % 60} s`;
  return `Đang tạo dữ liệu tỉnh: ${progress.partsDone}/${progress.parts} xã, ${counts.format(progress.households)} hộ, ${time}`;
}

/**
 * Shows the progress on one line: rewritten in place on a terminal; elsewhere (a log file, CI) a new line every
 * `everyMs`, and the last one always.
 */
export function progressPrinter(
  stream: { readonly isTTY?: boolean; write(text: string): unknown },
  everyMs = 5_000,
): { update(progress: ProvinceSeedProgress): void; done(): void } {
  let printedAt = Number.NEGATIVE_INFINITY;
  let last: ProvinceSeedProgress | undefined;
  let lastPrinted: ProvinceSeedProgress | undefined;
  return {
    update(progress) {
      last = progress;
      if (stream.isTTY) {
        stream.write(`\r${provinceProgressLine(progress)}\u001b[K`);
        lastPrinted = progress;
      } else if (progress.elapsedMs - printedAt >= everyMs) {
        stream.write(`${provinceProgressLine(progress)}\n`);
        printedAt = progress.elapsedMs;
        lastPrinted = progress;
      }
    },
    done() {
      if (stream.isTTY) {
        if (last) stream.write('\n');
      } else if (last && last !== lastPrinted) stream.write(`${provinceProgressLine(last)}\n`);
    },
  };
}
