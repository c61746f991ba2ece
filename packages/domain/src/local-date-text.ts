import type { LocalDate } from './seasons.ts';

/** A local date as Vietnamese (and British) readers write it, for messages: "2026-05-01" → "01/05/2026". */
export function localDateText(date: LocalDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
