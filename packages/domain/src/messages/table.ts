/** One message in both languages the product speaks. `{name}` is replaced by the problem's param `name`. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** One area's part of the dictionary: codes to their Vietnamese and English text. */
export type MessageTable = Readonly<Record<string, Message>>;
