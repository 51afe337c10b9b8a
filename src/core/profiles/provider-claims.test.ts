// Provider claim meanings: looked up under the recognised provider, or by an unambiguous name alone.
import { describe, expect, it } from 'vitest';
import claimsFile from './provider-claims.json';
import { describeProviderClaim, providerClaimEntries } from './provider-claims';
import { PROVIDERS } from './providers';
import type { ProviderClaim } from './types';

describe('describeProviderClaim', () => {
  it('explains Entra claims only for an Entra token', () => {
    expect(describeProviderClaim('tid', 'entra')).toMatchObject({ about: 'tenant', type: 'string (GUID)' });
    expect(describeProviderClaim('scp', 'entra')?.about).toBe('client');
    expect(describeProviderClaim('tid', 'unknown')).toBeUndefined();
    expect(describeProviderClaim('tid', undefined)).toBeUndefined();
  });

  it('gives each provider its own meaning of a shared name', () => {
    expect(describeProviderClaim('scp', 'okta')?.type).toBe('string[]');
    expect(describeProviderClaim('scp', 'entra')?.type).toBe('string');
    expect(describeProviderClaim('azp', 'google')?.provider).toBe('google');
  });

  it('explains unambiguous claim names without a recognised provider', () => {
    expect(describeProviderClaim('cognito:groups', 'unknown')?.provider).toBe('cognito');
    expect(describeProviderClaim('kubernetes.io', undefined)?.about).toBe('workload');
    expect(describeProviderClaim('azp', 'unknown')).toBeUndefined();
  });

  it.each([
    [
      'entra',
      [
        'tid',
        'oid',
        'scp',
        'roles',
        'ver',
        'azp',
        'appid',
        'upn',
        'preferred_username',
        'idp',
        'amr',
        'wids',
        'groups',
      ],
    ],
    ['auth0', ['azp', 'gty', 'permissions']],
    [
      'cognito',
      [
        'token_use',
        'cognito:groups',
        'cognito:username',
        'client_id',
        'username',
        'auth_time',
        'event_id',
        'origin_jti',
      ],
    ],
    [
      'keycloak',
      [
        'realm_access',
        'resource_access',
        'azp',
        'typ',
        'session_state',
        'sid',
        'preferred_username',
        'allowed-origins',
        'scope',
      ],
    ],
    ['google', ['hd', 'email_verified', 'azp', 'picture', 'locale']],
    ['firebase', ['firebase', 'user_id']],
    ['okta', ['cid', 'uid', 'scp', 'ver']],
    [
      'github-actions',
      [
        'repository',
        'repository_owner',
        'ref',
        'ref_type',
        'sha',
        'workflow',
        'job_workflow_ref',
        'environment',
        'actor',
        'run_id',
        'event_name',
        'runner_environment',
      ],
    ],
    ['kubernetes', ['kubernetes.io']],
  ] as const)('documents the %s claims', (provider, names) => {
    for (const name of names) expect(describeProviderClaim(name, provider), name).toBeDefined();
  });

  it('reads every claim of the data file, each with a known provider and a known subject', () => {
    const about: ProviderClaim['about'][] = ['user', 'client', 'tenant', 'token', 'workload', 'session'];
    const known = PROVIDERS.map((p) => p.id as string);
    let count = 0;
    for (const [provider, claims] of Object.entries(claimsFile)) {
      expect(known, provider).toContain(provider);
      for (const [name, meaning] of Object.entries(claims)) {
        count++;
        expect(about, `${provider} ${name}`).toContain(meaning.about);
        expect(meaning.title && meaning.description && meaning.type, `${provider} ${name}`).toBeTruthy();
      }
    }
    expect(providerClaimEntries()).toHaveLength(count);
  });
});
