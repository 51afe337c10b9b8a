// Journey: paste an EC- or EdDSA-signed token made by PyJWT or jsonwebtoken, then its key in every format the key box takes.
// One page per issuing library: each token is pasted after the key box is cleared (cases in key-format-cases.ts).
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';
import { tokensBy, verifyTokenWithEveryFormat } from './key-format-cases';

for (const [lib, tokens] of tokensBy(['ES', 'EdDSA'])) {
  test(`${lib}: EC and EdDSA tokens verify with every key format`, async ({ page }) => {
    // A dozen key formats for each of up to a dozen tokens, each verified in the page.
    test.setTimeout(60_000 + tokens.length * 30_000);
    const { errors } = await openApp(page);
    for (const t of tokens) await verifyTokenWithEveryFormat(page, t);
    expect(errors).toEqual([]);
  });
}
