// What an alg computes from the signing input, with its RFC sections, and the sizes of its keys and signature.
import type { JwsAlgorithm } from '../../core/jws';
import { algFacts } from './alg-facts';
import { Link, RFC } from './learn-links';

/** What the alg computes from the signing input, in a sentence or two, with its RFC sections. */
function AlgComputation({ alg, algorithm }: { alg: string; algorithm?: JwsAlgorithm }) {
  if (alg === 'none') {
    return (
      <p>
        <code>none</code>: no signature at all; the third part is empty, and anyone can write such a token.
        Never accept it (<Link href={`${RFC.jwt}#section-6`}>RFC 7519 §6</Link>).
      </p>
    );
  }
  if (!algorithm) {
    return (
      <p>
        <code>{alg}</code> is not an algorithm this browser can check. The registered algorithms are listed in{' '}
        <Link href={`${RFC.jwa}#section-3.1`}>RFC 7518 §3.1</Link>.
      </p>
    );
  }
  const hash = algorithm.hash;
  const hashBytes = Number(hash.slice(4)) / 8;
  switch (algorithm.family) {
    case 'hmac':
      return (
        <p>
          <strong>HMAC-{hash}</strong>: a keyed hash of the signing input with the shared secret; the
          signature is the {hashBytes}-byte MAC. Whoever can verify it can also make one, so the secret must
          stay secret and be at least {hashBytes} bytes of randomness (
          <Link href={`${RFC.jwa}#section-3.2`}>RFC 7518 §3.2</Link>, <Link href={RFC.hmac}>RFC 2104</Link>).
        </p>
      );
    case 'rsa':
      return (
        <p>
          <strong>RSASSA-PKCS1-v1_5 with {hash}</strong>: the {hash} digest of the signing input is padded
          (EMSA-PKCS1-v1_5) and signed with the RSA private key; the signature is as long as the modulus (256
          bytes for a 2048-bit key). Anyone with the public key can verify it (
          <Link href={`${RFC.jwa}#section-3.3`}>RFC 7518 §3.3</Link>,{' '}
          <Link href={`${RFC.pkcs1}#section-8.2`}>RFC 8017 §8.2</Link>).
        </p>
      );
    case 'rsa-pss':
      return (
        <p>
          <strong>RSASSA-PSS with {hash}</strong>, MGF1 with {hash} and a {hashBytes}-byte random salt: like
          PKCS#1 v1.5 but with randomised, provably secure padding, so signing the same input twice gives
          different signatures (<Link href={`${RFC.jwa}#section-3.5`}>RFC 7518 §3.5</Link>,{' '}
          <Link href={`${RFC.pkcs1}#section-8.1`}>RFC 8017 §8.1</Link>).
        </p>
      );
    case 'ecdsa': {
      const size = (algorithm.signatureBytes ?? 64) / 2;
      return (
        <p>
          <strong>
            ECDSA on {algorithm.curve} with {hash}
          </strong>
          : the signature is the pair (r, s), written as two {size}-byte big-endian integers one after the
          other, <code>r‖s</code>, {size * 2} bytes in all. That is not the DER encoding most crypto libraries
          produce, a common cause of “invalid signature” (
          <Link href={`${RFC.jwa}#section-3.4`}>RFC 7518 §3.4</Link>). Each signature uses a fresh random
          nonce.
          {algorithm.curve === 'secp256k1' && (
            <>
              {' '}
              ES256K is this on the secp256k1 curve of Bitcoin and many DID issuers (
              <Link href="https://www.rfc-editor.org/rfc/rfc8812#section-3.2">RFC 8812 §3.2</Link>); it does
              not require the “low-S” form, so both s and n−s verify here.
            </>
          )}
        </p>
      );
    }
    case 'ml-dsa':
      return (
        <p>
          <strong>{algorithm.alg}</strong> (ML-DSA, FIPS 204, derived from CRYSTALS-Dilithium): a post-quantum
          signature over the signing input itself, with the empty context, checked with the public key (
          <Link href={RFC.mlDsaJose}>RFC 9964</Link>). Its key type is <code>AKP</code>, whose{' '}
          <code>alg</code> names the parameter set; its keys and signatures are far larger than elliptic-curve
          ones. This page uses WebCrypto where the browser has ML-DSA, else the audited @noble/post-quantum,
          loaded only when needed.
        </p>
      );
    case 'eddsa':
      if (algorithm.curve === 'Ed448')
        return (
          <p>
            <strong>Ed448</strong> (EdDSA on Curve448): a deterministic 114-byte signature over the signing
            input itself, with SHAKE256 inside the algorithm, checked with the 57-byte public key (
            <Link href={`${RFC.eddsaJose}#section-3.1`}>RFC 8037 §3.1</Link>; the alg may be written{' '}
            <code>EdDSA</code> or, per RFC 9864, <code>Ed448</code>). Neither WebCrypto nor jose has it: this
            page checks it with the audited @noble/curves, loaded only when needed.
          </p>
        );
      return (
        <p>
          <strong>Ed25519</strong> (EdDSA): a deterministic 64-byte signature over the signing input itself,
          with SHA-512 inside the algorithm, made with the private key and checked with the 32-byte public key
          (<Link href={`${RFC.eddsaJose}#section-3.1`}>RFC 8037 §3.1</Link>,{' '}
          <Link href={`${RFC.eddsa}#section-5.1`}>RFC 8032 §5.1</Link>).
        </p>
      );
  }
}

/** The alg's explanation, then its key type and the sizes of its keys and signature. */
export function AlgExplanation({ alg, algorithm }: { alg: string; algorithm?: JwsAlgorithm }) {
  const facts = algorithm ? algFacts(algorithm) : undefined;
  return (
    <>
      <AlgComputation alg={alg} algorithm={algorithm} />
      {facts && (
        <dl className="alg-facts" data-testid="learn-alg-facts" data-alg={alg}>
          <dt>Key type</dt>
          <dd>{facts.keyType}</dd>
          <dt>Public key</dt>
          <dd>{facts.publicKey}</dd>
          <dt>Private key</dt>
          <dd>{facts.privateKey}</dd>
          <dt>Signature</dt>
          <dd>{facts.signature}</dd>
        </dl>
      )}
    </>
  );
}
