// Token profile: who issued the token and what it is for, with the claims that gave it away, the provider's
// docs, where its keys are, provider-aware checks and (for an ID token) the at_hash / c_hash fields.
import { useMemo } from 'react';
import { checkProfile, providerInfo, recogniseProfile } from '../../core/profiles';
import type { TokenProfile } from '../../core/profiles';
import { splitList } from '../../core/claims';
import type { DecodedToken, JsonObject } from '../../core/token';
import { describeEvidence, describeProfileCheck, providerDocsName, typeName } from './describe-profile';
import { profileWordingMessages } from '../../i18n/en/profile-wording';
import { HashFields } from './hash-fields';
import './token-profile.css';
import { profileMessages } from '../../i18n/en/profile';
import { useMessages } from '../../i18n/use-messages';

export interface ProfileValidation {
  audience: string;
  issuer: string;
  subject: string;
  /** The expected-type input, once the page has it (RFC 8725 §3.11 typ); absent = not set. */
  expectedType?: string;
}

export interface TokenProfilePanelProps {
  decoded: DecodedToken;
  /** The claims shown in the claims table (a JWE's decrypted claims, or the token's own). */
  claims: JsonObject | undefined;
  validation: ProfileValidation;
}

const unique = (list: string[]) => [...new Set(list)];

function KeysLine({ profile, name }: { profile: TokenProfile; name: string }) {
  const t = useMessages(profileMessages);
  const keys = profile.keys;
  if (!keys) return null;
  const inCluster = profile.provider === 'kubernetes' && /\.svc(\.cluster\.local)?\//.test(keys.url);
  return (
    <p className="muted" data-testid="profile-keys" data-asked={keys.askedByButton ? 'true' : 'false'}>
      {keys.askedByButton ? t.keysAsked({ url: keys.url, name }) : t.keysNotAsked({ url: keys.url, name })}
      {inCluster && t.inCluster}
    </p>
  );
}

export function TokenProfilePanel({ decoded, claims, validation }: TokenProfilePanelProps) {
  const t = useMessages(profileMessages);
  const words = useMessages(profileWordingMessages);
  const header = decoded.header?.value;
  const profile = useMemo(
    () => recogniseProfile({ header, payload: claims, token: decoded.token }),
    [header, claims, decoded.token],
  );
  const checks = useMemo(
    () =>
      checkProfile({
        profile,
        header,
        payload: claims,
        expectedType: validation.expectedType,
        expectedAudience: splitList(validation.audience),
        expectedIssuer: splitList(validation.issuer),
        expectedSubject: splitList(validation.subject),
      }),
    [
      profile,
      header,
      claims,
      validation.expectedType,
      validation.audience,
      validation.issuer,
      validation.subject,
    ],
  );
  if (decoded.parts.length < 3 || !header) return null;
  const info = providerInfo(profile.provider);
  const payload = claims ?? {};
  const providerWords = unique(
    profile.providerEvidence.map((e) => describeEvidence(e, header, payload, words)),
  );
  const typeWords = unique(profile.typeEvidence.map((e) => describeEvidence(e, header, payload, words)));
  const showHashes = profile.tokenType === 'id-token' || 'at_hash' in payload || 'c_hash' in payload;
  return (
    <section className="panel token-profile-panel" aria-labelledby="token-profile-heading">
      <h2 id="token-profile-heading">{t.heading}</h2>
      <div
        data-testid="token-profile"
        data-provider={profile.provider}
        data-token-type={profile.tokenType}
        className="token-profile"
      >
        <p className="token-profile-summary">
          <strong>{info?.name ?? t.issuerNotRecognised}</strong> ·{' '}
          <strong>{typeName(profile.tokenType, words)}</strong>
        </p>
        <ul className="token-profile-evidence">
          <li data-testid="profile-provider-evidence">
            {info ? t.issuerFrom({ evidence: providerWords.join(t.listSeparator) }) : t.issuerUnknown}
          </li>
          <li data-testid="profile-type-evidence">
            {profile.tokenType !== 'unknown'
              ? t.kindFrom({ evidence: typeWords.join(t.listSeparator) })
              : t.kindUnknown}
          </li>
        </ul>
        {profile.docsUrl && (
          <p>
            <a href={profile.docsUrl} target="_blank" rel="noreferrer noopener" data-testid="profile-docs">
              {t.docs({ docs: providerDocsName(profile.provider, info?.name, words) })}
            </a>
          </p>
        )}
        {info && <KeysLine profile={profile} name={info.name} />}
      </div>
      {checks.length > 0 && (
        <ul className="profile-checks" data-testid="profile-checks">
          {checks.map((check, i) => (
            <li
              key={`${check.code}-${i}`}
              data-testid="profile-check"
              data-code={check.code}
              data-status={check.status}
              className={`profile-check profile-check-${check.status}`}
            >
              {check.status !== 'info' && (
                <span className={`badge badge-${check.status}`}>
                  {check.status === 'ok' ? t.ok : t.mismatch}
                </span>
              )}{' '}
              {describeProfileCheck(check, words)}
            </li>
          ))}
        </ul>
      )}
      {showHashes && <HashFields payload={payload} alg={header.alg} />}
    </section>
  );
}
