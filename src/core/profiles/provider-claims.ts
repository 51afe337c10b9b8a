// Claims of the identity providers' own, as each documents them: meaning, type, and whom each is about.

import { PROVIDERS } from './providers';
import type { KnownProvider } from './providers';
import type { ProviderClaim, ProviderId } from './types';

type Row = [name: string, title: string, description: string, type: string, about: ProviderClaim['about']];

const ROWS: Partial<Record<KnownProvider, Row[]>> = {
  entra: [
    [
      'tid',
      'Tenant ID',
      'The directory (tenant) the user signed in to, as a GUID.',
      'string (GUID)',
      'tenant',
    ],
    [
      'oid',
      'Object ID',
      'The user’s (or service principal’s) immutable ID across every app in this tenant: use it, not sub, to key data shared between apps.',
      'string (GUID)',
      'user',
    ],
    [
      'scp',
      'Scopes',
      'Delegated permissions the user consented to, space-separated: present only when a user is signed in. App-only tokens carry roles instead.',
      'string',
      'client',
    ],
    [
      'roles',
      'Roles',
      'App roles: for a user, the roles assigned to them; in an app-only token (no scp), the application permissions granted to the client.',
      'string[]',
      'user',
    ],
    [
      'ver',
      'Token version',
      '"1.0" (issuer https://sts.windows.net/<tid>/, audience often an App ID URI) or "2.0" (issuer https://login.microsoftonline.com/<tid>/v2.0, audience the API’s client ID). Set by the API’s requestedAccessTokenVersion, not by the client.',
      'string',
      'token',
    ],
    [
      'azp',
      'Authorized party',
      'The client ID of the application that asked for the token (v2.0).',
      'string (GUID)',
      'client',
    ],
    [
      'appid',
      'Application ID',
      'The client ID of the application that asked for the token (v1.0; azp in v2.0).',
      'string (GUID)',
      'client',
    ],
    [
      'azpacr',
      'Client authentication',
      'How the client authenticated (v2.0): 0 public client, 1 secret, 2 certificate.',
      'string',
      'client',
    ],
    [
      'appidacr',
      'Client authentication',
      'How the client authenticated (v1.0): 0 public client, 1 secret, 2 certificate.',
      'string',
      'client',
    ],
    [
      'idtyp',
      'Identity type',
      '"app" for an app-only token, "user" for a user (optional claim).',
      'string',
      'token',
    ],
    [
      'upn',
      'User principal name',
      'The user’s sign-in name (v1.0). Can change and be reassigned: never use it to authorize.',
      'string',
      'user',
    ],
    [
      'unique_name',
      'Unique name',
      'A readable name for the user (v1.0); not guaranteed unique, for display only.',
      'string',
      'user',
    ],
    [
      'preferred_username',
      'Preferred username',
      'The primary username (often an email or UPN), v2.0. Mutable: for display, not for authorization.',
      'string',
      'user',
    ],
    [
      'idp',
      'Identity provider',
      'Where the user authenticated when it is not the issuer’s tenant (guests, other IdPs).',
      'string',
      'user',
    ],
    ['amr', 'Authentication methods', 'How the user authenticated: pwd, mfa, rsa, …', 'string[]', 'user'],
    [
      'wids',
      'Directory roles',
      'Template IDs of the Entra directory roles assigned to the user (e.g. Global Administrator).',
      'string[] (GUIDs)',
      'user',
    ],
    [
      'groups',
      'Groups',
      'Object IDs of the groups the user belongs to (when the app asks for them). Past 200 groups a link to Graph replaces them.',
      'string[] (GUIDs)',
      'user',
    ],
    ['aio', 'Internal', 'Opaque data Entra uses to reuse tokens; do not read it.', 'string', 'token'],
    ['rh', 'Internal', 'Opaque data Entra uses to revalidate tokens; do not read it.', 'string', 'token'],
    [
      'uti',
      'Token identifier',
      'An internal ID of the token, for Microsoft support requests.',
      'string',
      'token',
    ],
  ],
  auth0: [
    [
      'azp',
      'Authorized party',
      'The client ID of the application the token was issued to.',
      'string',
      'client',
    ],
    [
      'gty',
      'Grant type',
      'How the token was obtained, e.g. client-credentials (a machine-to-machine token about the client, not a user) or password.',
      'string',
      'client',
    ],
    [
      'permissions',
      'Permissions',
      'The API permissions granted through Auth0 RBAC (when "Add Permissions in the Access Token" is on).',
      'string[]',
      'user',
    ],
    ['scope', 'Scopes', 'Scopes granted to the client, space-separated.', 'string', 'client'],
    ['sid', 'Session ID', 'The Auth0 session the token belongs to.', 'string', 'session'],
  ],
  cognito: [
    [
      'token_use',
      'Token use',
      '"id" for an ID token, "access" for an access token: check it is the kind you expect.',
      'string',
      'token',
    ],
    ['cognito:groups', 'Groups', 'The user pool groups the user belongs to.', 'string[]', 'user'],
    ['cognito:username', 'Username', 'The user’s username in the user pool (ID tokens).', 'string', 'user'],
    ['cognito:roles', 'IAM roles', 'IAM roles of the user’s groups.', 'string[]', 'user'],
    [
      'cognito:preferred_role',
      'Preferred IAM role',
      'The IAM role of the user’s highest-precedence group.',
      'string',
      'user',
    ],
    [
      'client_id',
      'App client ID',
      'The app client the access token was issued to (access tokens have no aud).',
      'string',
      'client',
    ],
    ['username', 'Username', 'The user’s username in the user pool (access tokens).', 'string', 'user'],
    [
      'auth_time',
      'Authentication time',
      'When the user authenticated, in seconds since 1970.',
      'number',
      'user',
    ],
    ['event_id', 'Event ID', 'The authentication event that produced the token.', 'string', 'session'],
    [
      'origin_jti',
      'Origin token ID',
      'Ties the token to the refresh token it came from, for revocation.',
      'string',
      'session',
    ],
    [
      'version',
      'Access token version',
      'The access token format version (2 when customised by a pre token generation trigger v2).',
      'number',
      'token',
    ],
  ],
  keycloak: [
    ['realm_access', 'Realm roles', '{ roles: [...] }: the user’s roles in this realm.', 'object', 'user'],
    [
      'resource_access',
      'Client roles',
      '{ <client id>: { roles: [...] } }: the user’s roles per client.',
      'object',
      'user',
    ],
    ['azp', 'Authorized party', 'The client the token was issued to.', 'string', 'client'],
    [
      'typ',
      'Token kind',
      'Keycloak’s own label: "Bearer" (access token), "ID", "Refresh" or "Logout".',
      'string',
      'token',
    ],
    [
      'session_state',
      'Session state',
      'The Keycloak user session (older releases; sid in newer ones).',
      'string',
      'session',
    ],
    ['sid', 'Session ID', 'The Keycloak user session the token belongs to.', 'string', 'session'],
    ['preferred_username', 'Username', 'The user’s Keycloak username.', 'string', 'user'],
    [
      'allowed-origins',
      'Allowed origins',
      'Web origins of the client, for CORS checks by the resource server.',
      'string[]',
      'client',
    ],
    ['scope', 'Scopes', 'Client scopes applied to the token, space-separated.', 'string', 'client'],
    [
      'acr',
      'Authentication level',
      '"1" for a normal login, "0" for a login remembered by a cookie.',
      'string',
      'session',
    ],
  ],
  google: [
    [
      'hd',
      'Hosted domain',
      'The Google Workspace domain of the user; absent for consumer accounts. Check it to limit sign-in to your domain.',
      'string',
      'tenant',
    ],
    ['email_verified', 'Email verified', 'Whether Google has verified the email address.', 'boolean', 'user'],
    [
      'azp',
      'Authorized party',
      'The client ID of the app that asked for the token (it differs from aud when a backend asks for its own client).',
      'string',
      'client',
    ],
    ['picture', 'Picture', 'URL of the user’s profile picture.', 'string (URL)', 'user'],
    ['locale', 'Locale', 'The user’s language, e.g. en.', 'string', 'user'],
  ],
  firebase: [
    [
      'firebase',
      'Firebase sign-in',
      '{ sign_in_provider, identities }: how the user signed in (password, google.com, phone, custom, anonymous, …) and their IDs at each linked provider.',
      'object',
      'user',
    ],
    ['user_id', 'User ID', 'The Firebase uid; the same as sub.', 'string', 'user'],
    [
      'auth_time',
      'Authentication time',
      'When the user signed in; a session older than you accept should sign in again.',
      'number',
      'user',
    ],
  ],
  okta: [
    ['cid', 'Client ID', 'The client the access token was issued to.', 'string', 'client'],
    [
      'uid',
      'User ID',
      'The Okta user ID (00u…) of the user, absent for client-credentials tokens.',
      'string',
      'user',
    ],
    ['scp', 'Scopes', 'Scopes granted, as an array.', 'string[]', 'client'],
    ['ver', 'Version', 'The token format version (1).', 'number', 'token'],
    [
      'idp',
      'Identity provider',
      'The ID of the identity provider the user signed in with (the Okta org, or an external IdP).',
      'string',
      'user',
    ],
    ['amr', 'Authentication methods', 'How the user authenticated: pwd, mfa, swk, …', 'string[]', 'user'],
  ],
  'github-actions': [
    ['repository', 'Repository', 'owner/name of the repository the workflow ran in.', 'string', 'workload'],
    [
      'repository_owner',
      'Repository owner',
      'The organization or user that owns the repository.',
      'string',
      'workload',
    ],
    [
      'ref',
      'Git ref',
      'The branch or tag that triggered the run, e.g. refs/heads/main.',
      'string',
      'workload',
    ],
    ['ref_type', 'Ref type', '"branch" or "tag".', 'string', 'workload'],
    ['sha', 'Commit', 'The commit the run was for.', 'string', 'workload'],
    ['workflow', 'Workflow', 'The workflow’s name.', 'string', 'workload'],
    [
      'job_workflow_ref',
      'Job workflow',
      'The workflow file (and its ref) the job ran, e.g. a reusable workflow: trust this, not workflow, to pin which code asked.',
      'string',
      'workload',
    ],
    [
      'environment',
      'Environment',
      'The deployment environment of the job, when it has one.',
      'string',
      'workload',
    ],
    ['actor', 'Actor', 'The account that started the run.', 'string', 'user'],
    ['run_id', 'Run ID', 'The workflow run.', 'string', 'workload'],
    [
      'event_name',
      'Event',
      'What triggered the run: push, pull_request, workflow_dispatch, …',
      'string',
      'workload',
    ],
    ['runner_environment', 'Runner', '"github-hosted" or "self-hosted".', 'string', 'workload'],
  ],
  kubernetes: [
    [
      'kubernetes.io',
      'Kubernetes binding',
      '{ namespace, serviceaccount: { name, uid }, pod: { name, uid }, node }: the service account the token is for and the pod it is bound to; it stops working when the pod is deleted.',
      'object',
      'workload',
    ],
  ],
};

/** Claims so specific to one provider that they are explained even when the provider is not recognised. */
const UNAMBIGUOUS = new Set([
  'cognito:groups',
  'cognito:username',
  'cognito:roles',
  'cognito:preferred_role',
  'token_use',
  'realm_access',
  'resource_access',
  'allowed-origins',
  'job_workflow_ref',
  'runner_environment',
  'kubernetes.io',
  'firebase',
]);

const table = new Map<string, ProviderClaim>();
for (const info of PROVIDERS) {
  for (const [name, title, description, type, about] of ROWS[info.id] ?? []) {
    table.set(`${info.id} ${name}`, {
      name,
      provider: info.id,
      title,
      description,
      type,
      about,
      url: info.docsUrl,
    });
  }
}
const byName = new Map<string, ProviderClaim>();
for (const claim of table.values()) if (UNAMBIGUOUS.has(claim.name)) byName.set(claim.name, claim);

/**
 * The provider's meaning of a claim: looked up under the recognised provider, or, for a claim name only one
 * provider uses (e.g. `cognito:groups`, `kubernetes.io`), under that provider whatever was recognised.
 */
export function describeProviderClaim(
  name: string,
  provider: ProviderId | undefined,
): ProviderClaim | undefined {
  if (provider && provider !== 'unknown') {
    const hit = table.get(`${provider} ${name}`);
    if (hit) return hit;
  }
  return byName.get(name);
}

/** Every provider claim the table documents (the English base of the translated wording). */
export function providerClaimEntries(): ProviderClaim[] {
  return [...table.values()];
}
