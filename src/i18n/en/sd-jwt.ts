// English messages of the SD-JWT reader and maker (the problems' words are in describe-sd-jwt.ts).
import { count } from '@nanostores/i18n';
import { i18n } from '../i18n';
import { params } from '../params';

export const sdJwtMessages = i18n('sdJwt', {
  statusOk: 'OK',
  statusUnreferenced: 'Unreferenced',
  statusDuplicate: 'Duplicate',
  statusInvalid: 'Invalid',
  cannotShow: '(cannot be shown)',
  reading: 'Reading the disclosures…',
  vct: 'vct (credential type):',
  // Rich text: {idx} and {uri} are code spans.
  statusList:
    'Status list: index {idx} in {uri}. Not fetched: revocation is not checked here (fetching it would tell the issuer that this credential is being verified).',
  noUri: '(no uri)',
  otherStatus: params('Other status mechanisms: {names} (not checked).'),
  hash: 'Hash',
  withKb: ' · ends with a key binding JWT (SD-JWT+KB)',
  withoutKb: ' · no key binding JWT',
  noDisclosures: 'No disclosures were presented.',
  presented: count({ one: '{count} disclosure presented', other: '{count} disclosures presented' }),
  claim: 'Claim',
  saltValue: 'Salt · value',
  digestLands: 'Digest · lands at',
  verdict: 'Verdict',
  arrayElement: '[] (array element)',
  salt: 'salt',
  value: 'value',
  none: '(none)',
  notComputed: '(not computed)',
  landsFromArray: params('→ {path} (from an array element {element})'),
  landsFromSd: params('→ {path} (from an _sd array)'),
  nowhere: '→ nowhere',
  undisclosed: count({
    one: '{count} digest not revealed by any presented disclosure. Hidden claims and decoy digests look alike, so this is an upper bound on what was withheld, not a count of real claims (RFC 9901 §4.2.5).',
    other:
      '{count} digests not revealed by any presented disclosure. Hidden claims and decoy digests look alike, so this is an upper bound on what was withheld, not a count of real claims (RFC 9901 §4.2.5).',
  }),
  keyBinding: 'Key binding:',
  // Maker
  makerLegend: 'SD-JWT (selective disclosure)',
  expectedNonce: 'Expected nonce (key binding)',
  noncePlaceholder: 'the nonce the KB-JWT must carry; its aud is the expected audience',
  disclosable: 'Selectively disclosable claims',
  decoys: 'Decoy digests',
  holderKey: 'Holder private key (adds cnf and a key binding JWT)',
  holderKeyPlaceholder: '-----BEGIN PRIVATE KEY----- or a private JWK (EC, Ed25519, RSA)',
  makerIdle:
    'Name claims of the payload to hide behind salted digests; the token box then holds the SD-JWT, signed with the key box’s key. Salts come from WebCrypto.',
  making: 'Making the SD-JWT…',
  made: count({ one: 'Made {count} disclosure', other: 'Made {count} disclosures' }),
  boundToHolder: ', bound to the holder key (audience and nonce from the validation inputs)',
  choose: '. Choose which to present:',
});
