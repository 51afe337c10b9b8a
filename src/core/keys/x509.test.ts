import { describe, expect, it } from 'vitest';
import { readPemBlocks, readSpkiFacts } from './der';
import { interop } from '../fixtures';
import { readCertificate } from './x509';

// openssl req -x509 -newkey ed25519 -utf8 -subj "/C=DE/O=Zoë Tëst GmbH/OU=Ünit/CN=zoë.example" -days 36500
const ED25519_CERT = `-----BEGIN CERTIFICATE-----
MIIBszCCAWWgAwIBAgIUdvLAu1EYBNROnPghfkcbQzH+17wwBQYDK2VwME4xCzAJ
BgNVBAYTAkRFMRgwFgYDVQQKDA9ab8OrIFTDq3N0IEdtYkgxDjAMBgNVBAsMBcOc
bml0MRUwEwYDVQQDDAx6b8OrLmV4YW1wbGUwIBcNMjYxMTI2MjA0MzExWhgPMjEy
NjExMDIyMDQzMTFaME4xCzAJBgNVBAYTAkRFMRgwFgYDVQQKDA9ab8OrIFTDq3N0
IEdtYkgxDjAMBgNVBAsMBcOcbml0MRUwEwYDVQQDDAx6b8OrLmV4YW1wbGUwKjAF
BgMrZXADIQDRrLypeEnLt8d42gaXkiyA4cd2u245K3ff6EfMQVYwF6NTMFEwHQYD
VR0OBBYEFM/sVp0//eJMpe97MG40E+opN265MB8GA1UdIwQYMBaAFM/sVp0//eJM
pe97MG40E+opN265MA8GA1UdEwEB/wQFMAMBAf8wBQYDK2VwA0EA9K76/Q1K1n7b
Zp83lh7dkmThmWXuCGZDM/LSQj0iKA84CxCFYimgCfcBvqrxL0MxXy+5HsxnP34q
GgyS/ALjCQ==
-----END CERTIFICATE-----`;

const der = (pem: string): Uint8Array => readPemBlocks(pem)[0]?.der ?? new Uint8Array();

describe('readCertificate', () => {
  it('reads UTF-8 names, UTCTime and GeneralizedTime (after 2049)', () => {
    const { info, spki } = readCertificate(der(ED25519_CERT));
    expect(info).toEqual({
      subject: 'C=DE, O=Zoë Tëst GmbH, OU=Ünit, CN=zoë.example',
      issuer: 'C=DE, O=Zoë Tëst GmbH, OU=Ünit, CN=zoë.example',
      notBefore: '2026-11-26T20:43:11Z',
      notAfter: '2126-11-02T20:43:11Z',
      selfIssued: true,
    });
    expect(readSpkiFacts(spki)).toEqual({ kty: 'OKP', algorithm: 'Ed25519', curve: 'Ed25519' });
  });

  it.each(Object.entries(interop.keys))(
    'extracts the SPKI of the openssl %s certificate byte for byte',
    (_kind, set) => {
      const { spki } = readCertificate(der(set.certificate));
      expect(spki).toEqual(der(set.spki));
    },
  );

  it('refuses DER that is not a certificate', () => {
    expect(() => readCertificate(der(interop.keys.p256.spki))).toThrow(RangeError);
    expect(() => readCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01]))).toThrow(RangeError);
  });
});
