// The classic JWT attacks the forge makes, and the rules (RFC 8725 sections, CVEs) a correct verifier follows.

export type AttackId =
  | 'alg-none'
  | 'hs-with-public-key'
  | 'embedded-jwk'
  | 'empty-secret'
  | 'psychic-signature'
  | 'kid-injection'
  | 'jku-spoof';

export const ATTACK_IDS: readonly AttackId[] = [
  'alg-none',
  'hs-with-public-key',
  'embedded-jwk',
  'empty-secret',
  'psychic-signature',
  'kid-injection',
  'jku-spoof',
];

export const isAttackId = (v: unknown): v is AttackId => ATTACK_IDS.includes(v as AttackId);

/** A rule or advisory a correct verifier follows, with where to read it. */
export interface AttackReference {
  /** e.g. `RFC 8725 §3.1` or `CVE-2022-21449`. */
  label: string;
  url: string;
}

const rfc = (n: number, section: string): AttackReference => ({
  label: `RFC ${n} §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc${n}#section-${section}`,
});
const cve = (id: string): AttackReference => ({ label: id, url: `https://www.cve.org/CVERecord?id=${id}` });

/** The rules each attack breaks. */
export const ATTACK_REFERENCES: Record<AttackId, readonly AttackReference[]> = {
  'alg-none': [rfc(8725, '3.1'), rfc(8725, '2.1'), rfc(7519, '6'), cve('CVE-2022-23540')],
  'hs-with-public-key': [rfc(8725, '3.1'), rfc(8725, '2.1'), cve('CVE-2015-9235'), cve('CVE-2016-10555')],
  'embedded-jwk': [rfc(7515, '4.1.3'), rfc(8725, '2.1'), cve('CVE-2018-0114')],
  'empty-secret': [rfc(8725, '3.5'), rfc(8725, '2.2'), rfc(7518, '3.2')],
  'psychic-signature': [rfc(8725, '3.3'), cve('CVE-2022-21449')],
  'kid-injection': [rfc(8725, '3.10'), rfc(8725, '2.9')],
  'jku-spoof': [rfc(8725, '3.10'), rfc(8725, '2.9'), rfc(7515, '4.1.2')],
};

/** The `kid` the kid-injection token carries: a path traversal to a file whose content is empty. */
export const KID_TRAVERSAL = '../../../../../../dev/null';

/** The `alg: none` spellings tried: RFC 7518 §3.6 registers only `none`; case-insensitive checks miss the rest. */
export const NONE_SPELLINGS = ['none', 'None', 'NONE', 'nOnE'] as const;

/** ECDSA algs and the byte length of their r‖s signature (RFC 7518 §3.4). */
export const PSYCHIC_ALGS = [
  { alg: 'ES256', bytes: 64 },
  { alg: 'ES384', bytes: 96 },
  { alg: 'ES512', bytes: 132 },
] as const;
