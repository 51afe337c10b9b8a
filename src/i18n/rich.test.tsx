import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { rich } from './rich';

describe('rich', () => {
  it('puts each node where its placeholder is, in the message’s order', () => {
    const html = renderToStaticMarkup(
      <p>{rich('{b} 之后是 {a}，再无其他', { a: <i>A</i>, b: <b>B</b> })}</p>,
    );
    expect(html).toBe('<p><b>B</b> 之后是 <i>A</i>，再无其他</p>');
  });
  it('leaves an unknown placeholder visible and escapes text', () => {
    const html = renderToStaticMarkup(<p>{rich('<x> {missing}', {})}</p>);
    expect(html).toBe('<p>&lt;x&gt; {missing}</p>');
  });
});
