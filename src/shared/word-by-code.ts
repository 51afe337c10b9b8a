// The wording modules' naming rule, written once: the message for a code is the code in camelCase
// ('wrong-part-count' → wrongPartCount), with a module's own code prefix left out ('discovery-') or a message
// prefix put before it ('ev' → evWrongPartCount), and a message with parameters takes them from the item's own
// fields. The types below make tsc check that every code has such a message, so a missing one does not compile.

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** The message name for `Code`: `Drop` left out of its start, then camelCase, then `Add` before it. */
export type MessageName<
  Code extends string,
  Drop extends string = '',
  Add extends string = '',
> = Code extends `${Drop}${infer Rest}`
  ? Add extends ''
    ? Camel<Rest>
    : `${Add}${Capitalize<Camel<Rest>>}`
  : never;

/** Wording that has a message for each item of `Item`, by MessageName: plain, or taking the item's fields. */
export type WordsByCode<Item extends { code: string }, Drop extends string = '', Add extends string = ''> = {
  [I in Item as MessageName<I['code'], Drop, Add>]: string | ((params: I) => string);
};

/** The message name for a code (see MessageName), e.g. `t[messageName(reason, '', 'unknown')]`. */
export function messageName<Code extends string, Drop extends string = '', Add extends string = ''>(
  code: Code,
  drop?: Drop,
  add?: Add,
): MessageName<Code, Drop, Add> {
  const rest = code.slice(drop?.length ?? 0);
  // Codes are our own short kebab-case names (never user text), so this bounded pattern is safe on them.
  const name = (add ? `${add}-${rest}` : rest).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return name as MessageName<Code, Drop, Add>;
}

/** The message named for `item.code`, with the item's own fields as its parameters. */
export function wordByCode<Item extends { code: string }, Drop extends string = '', Add extends string = ''>(
  item: Item,
  t: WordsByCode<Item, Drop, Add>,
  drop?: Drop,
  add?: Add,
): string {
  const message = (t as Record<string, string | ((params: Item) => string)>)[
    messageName(item.code, drop, add)
  ];
  return typeof message === 'function' ? message(item) : (message ?? item.code);
}
