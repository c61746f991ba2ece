/** One message in both languages the product speaks. `{name}` is replaced by the problem's param `name`. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, Message>>;
