// Journey: paste garbage and broken tokens; each gets a clear message naming the part, the rest still shown.
import { expect, test } from '@playwright/test';
import { claimRow, editorValue, makeToken, openApp, pasteToken } from './helpers';

const goodHeader = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
const goodPayload = Buffer.from('{"sub":"x"}').toString('base64url');

const cases: { name: string; token: string; part: string; text: RegExp }[] = [
  { name: 'two parts', token: `${goodHeader}.${goodPayload}`, part: 'token', text: /3 parts/ },
  { name: 'plain text', token: 'hello world', part: 'token', text: /not a JWT/ },
  {
    name: 'bad base64url in the payload',
    token: `${goodHeader}.ab*cd.sig`,
    part: 'payload',
    text: /not base64url.*"\*"/,
  },
  {
    name: 'header not JSON',
    token: `${Buffer.from('{alg:').toString('base64url')}.${goodPayload}.sig`,
    part: 'header',
    text: /not valid JSON/,
  },
  {
    name: 'payload an array',
    token: `${goodHeader}.${Buffer.from('[1,2]').toString('base64url')}.sig`,
    part: 'payload',
    text: /an array, not an object/,
  },
  {
    // A JSON serialization decodes (issue 20); one with a member of the wrong kind is an error naming it.
    name: 'a JSON serialization with a bad member',
    token: JSON.stringify({ payload: goodPayload, protected: goodHeader, signature: 5 }),
    part: 'token',
    text: /flattened JSON serialization, but its "signature" member is not a string/,
  },
];

for (const c of cases) {
  test(`reports ${c.name}`, async ({ page }) => {
    const { errors } = await openApp(page);
    await pasteToken(page, c.token);
    const status = page.getByTestId('token-status');
    await expect(status).toHaveAttribute('data-state', 'error');
    await expect(status).toHaveAttribute('data-part', c.part);
    await expect(status).toContainText(c.text);
    expect(errors).toEqual([]);
  });
}

test('a broken payload still shows the header', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, `${goodHeader}.%%%.sig`);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-part', 'payload');
  expect(JSON.parse(await editorValue(page, 'header-editor'))).toEqual({ alg: 'HS256', typ: 'JWT' });
});

test('an alg none token decodes and is marked unsecured', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, `${Buffer.from('{"alg":"none"}').toString('base64url')}.${goodPayload}.`);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'unsecured');
  await expect(claimRow(page, 'sub')).toHaveAttribute('data-status', 'info');
});

test('a payload that is not JSON is shown as text', async ({ page }) => {
  await openApp(page);
  // RFC 7515 A.4: an ES512 JWS over the ASCII text "Payload".
  await pasteToken(page, makeToken({ alg: 'ES512' }, 'Payload'));
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await expect(page.getByTestId('token-status')).toContainText('not a JSON claims set');
  expect(await editorValue(page, 'payload-editor')).toBe('Payload');
});
