// Helpers the SD-JWT tests share (not part of the area's API): the issuer JWT's claims, and reading a presentation.
import { decodeToken } from '../token/token';
import type { JsonObject } from '../token/token';
import { makeSdJwt, presentSdJwt, type MadeSdJwt, type MakeRequest } from './make';
import { readSdJwt } from './read';

/** The holder's claims the maker's and the interop tests issue (non-ASCII on purpose, for the interop). */
export const EXAMPLE_CLAIMS = {
  iss: 'https://issuer.example',
  sub: 'user_42',
  given_name: 'Erika',
  family_name: 'Mustermann',
  address: { street_address: 'Heidestraße 17', locality: 'Köln', country: 'DE' },
  nationalities: ['DE', 'FR'],
};

/** The claims of an SD-JWT's issuer JWT (the test fails when there are none). */
export function payloadOf(text: string): JsonObject {
  const view = decodeToken(text).payload?.view;
  if (view?.type !== 'claims') throw new Error('no claims');
  return view.claims;
}

/** readSdJwt against the presentation's own issuer JWT claims. */
export const readPresentation = (text: string) => readSdJwt(text, payloadOf(text));

/** A presentation of the given disclosures without key binding (the test fails when it cannot be made). */
export async function presentWithoutKeyBinding(issuerJwt: string, disclosures: string[]): Promise<string> {
  const made = await presentSdJwt({ issuerJwt, disclosures, audience: '', nonce: '', now: 0 });
  if (!made.ok) throw new Error('present');
  return made.value;
}

/** An ES256 `dc+sd-jwt` made from `request` (the test fails when it cannot be made). */
export async function makeDcSdJwt(request: Omit<MakeRequest, 'header'>): Promise<MadeSdJwt> {
  const made = await makeSdJwt({ header: { alg: 'ES256', typ: 'dc+sd-jwt' }, ...request });
  if (!made.ok) throw new Error(made.problem.code);
  return made.value;
}
