// Journey: paste an encrypted token (JWE) and see its protected header, reported as encrypted.
import { expect, test } from '@playwright/test';
import { editorValue, openApp, pasteToken } from './helpers';

// RFC 7519 Appendix A.1 (RSA1_5 + A128CBC-HS256).
const JWE =
  'eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.QR1Owv2ug2WyPBnbQrRARTeEk9kDO2w8qDcjiHnSJflSdv1iNqhWXaKH4MqAkQtMoNfABIPJaZm0HaA415sv3aeuBWnD8J-Ui7Ah6cWafs3ZwwFKDFUUsWHSK-IPKxLGTkND09XyjORj_CHAgOPJ-Sd8ONQRnJvWn_hXV1BNMHzUjPyYwEsRhDhzjAD26imasOTsgruobpYGoQcXUwFDn7moXPRfDE8-NoQX7N7ZYMmpUDkR-Cx9obNGwJQ3nM52YCitxoQVPzjbl7WBuB7AohdBoZOdZ24WlN1lVIeh8v1K4krB8xgKvRU8kgFrEn_a1rZgN5TiysnmzTROF869lQ.AxY8DCtDaGlsbGljb3RoZQ.MKOle7UQrG6nSxTLX6Mqwt0orbHvAKeWnDYvpIAeZ72deHxz3roJDXQyhxx0wKaMHDjUEOKIwrtkHthpqEanSBNYHZgmNOV7sln1Eu9g3J8.fiK51VwhsxJ-siBMR-YFiA';

test('a five-part JWE shows its protected header and is reported as encrypted', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, JWE);
  const status = page.getByTestId('token-status');
  await expect(status).toHaveAttribute('data-state', 'decoded');
  await expect(status).toHaveAttribute('data-kind', 'jwe');
  await expect(status).toContainText('Encrypted');
  expect(JSON.parse(await editorValue(page, 'header-editor'))).toEqual({
    alg: 'RSA1_5',
    enc: 'A128CBC-HS256',
  });
  await expect(page.locator('.token-backdrop .part-tag')).toHaveText('fiK51VwhsxJ-siBMR-YFiA');
  expect(errors).toEqual([]);
});
