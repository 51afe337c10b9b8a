// Messages with elements inside (a link, a code span): `{name}` placeholders in the text are replaced by nodes,
// so the translation decides where the link sits in the sentence.
import { Fragment } from 'react';
import type { ReactNode } from 'react';

const PLACEHOLDER = /\{(\w{1,40})\}/;

/** `rich('See {rfc} for details', { rfc: <a href="…">RFC 7519</a> })` → text and the link, in the message's order. */
export function rich(text: string, nodes: Record<string, ReactNode>): ReactNode {
  // split with a capture group alternates text and placeholder names: [text, name, text, name, …, text].
  const pieces = text.split(new RegExp(PLACEHOLDER.source, 'g'));
  return pieces.map((piece, i) =>
    i % 2 === 1 ? (
      <Fragment key={i}>
        {Object.prototype.hasOwnProperty.call(nodes, piece) ? nodes[piece] : `{${piece}}`}
      </Fragment>
    ) : (
      piece
    ),
  );
}
