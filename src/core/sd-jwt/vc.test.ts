import { describe, expect, it } from 'vitest';
import { readSdJwtVc } from './vc';

describe('readSdJwtVc', () => {
  it.each([
    ['dc+sd-jwt', 'dc+sd-jwt'],
    ['vc+sd-jwt', 'vc+sd-jwt'],
    ['application/DC+SD-JWT', 'dc+sd-jwt'],
    ['JWT', 'other'],
  ])('recognises typ %s', (typ, expected) => {
    expect(readSdJwtVc({ alg: 'ES256', typ }, {}).typ).toBe(expected);
  });

  it('reads vct and a status list reference without fetching it', () => {
    const info = readSdJwtVc(
      { alg: 'ES256', typ: 'dc+sd-jwt' },
      { vct: 'urn:eudi:pid:de:1', status: { status_list: { idx: 412, uri: 'https://status.example/1' } } },
    );
    expect(info).toMatchObject({
      vct: 'urn:eudi:pid:de:1',
      statusList: { idx: 412, uri: 'https://status.example/1' },
    });
  });
});
