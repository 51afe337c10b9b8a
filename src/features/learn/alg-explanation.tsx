// What an alg computes from the signing input, with its RFC sections, and the sizes of its keys and signature.
import type { JwsAlgorithm } from '../../core/jws';
import { learnPanelMessages } from '../../i18n/en/learn-panel';
import { rich } from '../../i18n/rich';
import { useMessages } from '../../i18n/use-messages';
import { algFacts } from './alg-facts';
import { Link, RFC } from './learn-links';

/** What the alg computes from the signing input, in a sentence or two, with its RFC sections. */
function AlgComputation({ alg, algorithm }: { alg: string; algorithm?: JwsAlgorithm }) {
  const t = useMessages(learnPanelMessages);
  const jwa = (section: string) => <Link href={`${RFC.jwa}#section-${section}`}>RFC 7518 §{section}</Link>;
  if (alg === 'none') {
    return (
      <p>
        <code>none</code>
        {rich(t.algNone, { rfc: <Link href={`${RFC.jwt}#section-6`}>RFC 7519 §6</Link> })}
      </p>
    );
  }
  if (!algorithm) {
    return (
      <p>
        <code>{alg}</code>
        {rich(t.algUnknown, { rfc: jwa('3.1') })}
      </p>
    );
  }
  const hash = algorithm.hash;
  const hashBytes = String(Number(hash.slice(4)) / 8);
  const rfc8017 = (section: string) => (
    <Link href={`${RFC.pkcs1}#section-${section}`}>RFC 8017 §{section}</Link>
  );
  switch (algorithm.family) {
    case 'hmac':
      return (
        <p>
          <strong>{rich(t.hmacName, { hash })}</strong>
          {rich(t.hmac, {
            bytes: hashBytes,
            rfc: jwa('3.2'),
            rfc2104: <Link href={RFC.hmac}>RFC 2104</Link>,
          })}
        </p>
      );
    case 'rsa':
      return (
        <p>
          <strong>{rich(t.rsaName, { hash })}</strong>
          {rich(t.rsa, { hash, rfc: jwa('3.3'), rfc8017: rfc8017('8.2') })}
        </p>
      );
    case 'rsa-pss':
      return (
        <p>
          <strong>{rich(t.pssName, { hash })}</strong>
          {rich(t.pss, { hash, bytes: hashBytes, rfc: jwa('3.5'), rfc8017: rfc8017('8.1') })}
        </p>
      );
    case 'ecdsa': {
      const size = (algorithm.signatureBytes ?? 64) / 2;
      return (
        <p>
          <strong>{rich(t.ecdsaName, { curve: algorithm.curve ?? '', hash })}</strong>
          {rich(t.ecdsa, {
            size: String(size),
            total: String(size * 2),
            rs: <code>r‖s</code>,
            rfc: jwa('3.4'),
          })}
          {algorithm.curve === 'secp256k1' &&
            rich(t.es256k, {
              rfc: <Link href="https://www.rfc-editor.org/rfc/rfc8812#section-3.2">RFC 8812 §3.2</Link>,
            })}
        </p>
      );
    }
    case 'ml-dsa':
      return (
        <p>
          <strong>{algorithm.alg}</strong>
          {rich(t.mlDsa, {
            rfc: <Link href={RFC.mlDsaJose}>RFC 9964</Link>,
            akp: <code>AKP</code>,
            alg: <code>alg</code>,
          })}
        </p>
      );
    case 'eddsa':
      if (algorithm.curve === 'Ed448')
        return (
          <p>
            <strong>Ed448</strong>
            {rich(t.ed448, {
              rfc: <Link href={`${RFC.eddsaJose}#section-3.1`}>RFC 8037 §3.1</Link>,
              eddsa: <code>EdDSA</code>,
              ed448: <code>Ed448</code>,
            })}
          </p>
        );
      return (
        <p>
          <strong>Ed25519</strong>
          {rich(t.ed25519, {
            rfc: <Link href={`${RFC.eddsaJose}#section-3.1`}>RFC 8037 §3.1</Link>,
            rfc8032: <Link href={`${RFC.eddsa}#section-5.1`}>RFC 8032 §5.1</Link>,
          })}
        </p>
      );
  }
}

/** The alg's explanation, then its key type and the sizes of its keys and signature. */
export function AlgExplanation({ alg, algorithm }: { alg: string; algorithm?: JwsAlgorithm }) {
  const t = useMessages(learnPanelMessages);
  const facts = algorithm ? algFacts(algorithm, t) : undefined;
  return (
    <>
      <AlgComputation alg={alg} algorithm={algorithm} />
      {facts && (
        <dl className="alg-facts" data-testid="learn-alg-facts" data-alg={alg}>
          <dt>{t.keyType}</dt>
          <dd>{facts.keyType}</dd>
          <dt>{t.publicKey}</dt>
          <dd>{facts.publicKey}</dd>
          <dt>{t.privateKey}</dt>
          <dd>{facts.privateKey}</dd>
          <dt>{t.factsSignature}</dt>
          <dd>{facts.signature}</dd>
        </dl>
      )}
    </>
  );
}
