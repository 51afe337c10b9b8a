// Reads the facts a person checks on an X.509 certificate (subject, issuer, validity) and its SPKI.
//
// Hand-written for the same bundle reason as der.ts: pkijs would add ~93 KB gzipped for four fields.
// The key itself is imported from the SPKI extracted here, so certificates share the PEM key path.

import { derChildren, readSequence, type DerNode } from './der';
import { utf8DecodeLenient } from '../shared/base64url';

export interface CertificateInfo {
  /** Distinguished name in certificate order, e.g. `C=US, O=Acme, CN=login.acme.test`. */
  subject: string;
  issuer: string;
  /** ISO 8601 UTC. */
  notBefore: string;
  notAfter: string;
  selfIssued: boolean;
}

export interface ParsedCertificate {
  info: CertificateInfo;
  /** The certificate's SubjectPublicKeyInfo, DER. */
  spki: Uint8Array;
}

const ATTRIBUTE_NAMES: Record<string, string> = {
  '550403': 'CN',
  '550404': 'SN',
  '550405': 'serialNumber',
  '550406': 'C',
  '550407': 'L',
  '550408': 'ST',
  '550409': 'street',
  '55040a': 'O',
  '55040b': 'OU',
  '55040c': 'title',
  '55042a': 'GN',
  '2a864886f70d010901': 'emailAddress',
  '0992268993f22c640119': 'DC',
  '0992268993f22c640101': 'UID',
};

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function decodeString(der: Uint8Array, node: DerNode): string {
  const bytes = der.subarray(node.start, node.end);
  if (node.tag === 0x1e) {
    // BMPString: UTF-16BE
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return s;
  }
  return utf8DecodeLenient(bytes);
}

function readName(der: Uint8Array, name: DerNode): string {
  const parts: string[] = [];
  for (const rdn of derChildren(der, name)) {
    for (const atv of derChildren(der, rdn)) {
      const [oid, value] = readSequence(der, atv);
      if (!oid || !value) continue;
      const key =
        ATTRIBUTE_NAMES[hex(der.subarray(oid.start, oid.end))] ??
        `OID.${hex(der.subarray(oid.start, oid.end))}`;
      parts.push(`${key}=${decodeString(der, value)}`);
    }
  }
  return parts.join(', ');
}

function readTime(der: Uint8Array, node: DerNode): string {
  const text = utf8DecodeLenient(der.subarray(node.start, node.end));
  // RFC 5280 §4.1.2.5: UTCTime YYMMDDHHMMSSZ (YY < 50 → 20YY), GeneralizedTime YYYYMMDDHHMMSSZ.
  const m =
    node.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text);
  if (!m) throw new RangeError('bad certificate time');
  let year = Number(m[1]);
  if (node.tag === 0x17) year += year < 50 ? 2000 : 1900;
  const ms = Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Reads a DER certificate; throws RangeError when it is not one. */
export function readCertificate(der: Uint8Array): ParsedCertificate {
  const [tbs] = readSequence(der);
  if (!tbs || tbs.tag !== 0x30) throw new RangeError('not a certificate');
  const fields = readSequence(der, tbs);
  const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  const [serial, , issuer, validity, subject, spki] = rest;
  if (!serial || serial.tag !== 0x02 || !issuer || !validity || !subject || !spki) {
    throw new RangeError('not a certificate');
  }
  const [notBefore, notAfter] = readSequence(der, validity);
  if (!notBefore || !notAfter) throw new RangeError('certificate lacks validity');
  const issuerText = readName(der, issuer);
  const subjectText = readName(der, subject);
  return {
    info: {
      subject: subjectText,
      issuer: issuerText,
      notBefore: readTime(der, notBefore),
      notAfter: readTime(der, notAfter),
      selfIssued: issuerText === subjectText,
    },
    spki: der.slice(spki.offset, spki.end),
  };
}
