// Starting templates for new tokens, built at a given time (Unix seconds).

export interface Template {
  id: string;
  label: string;
  make: (now: number) => Record<string, unknown>;
}

export const TEMPLATES: Template[] = [
  {
    id: 'login',
    label: 'Login token (user, expires in 30 minutes)',
    make: (now) => ({ sub: 'user-1234', user: 'ada', name: 'Ada Lovelace', iat: now, exp: now + 30 * 60 }),
  },
  {
    id: 'registered',
    label: 'Every registered claim, plus nested custom data',
    make: (now) => ({
      iss: 'https://issuer.example.com/',
      sub: 'user-1234',
      aud: ['api://example', 'client-app'],
      iat: now,
      nbf: now,
      exp: now + 60 * 60,
      jti: randomId(),
      roles: ['reader', 'editor'],
      profile: { name: 'Ada Lovelace', email: 'ada@example.com', address: { city: 'London', country: 'GB' } },
    }),
  },
  {
    id: 'service',
    label: 'Service-to-service access token (scope, client_id, 5 minutes)',
    make: (now) => ({
      iss: 'https://issuer.example.com/',
      sub: 'service-a',
      aud: 'service-b',
      client_id: 'service-a',
      scope: 'read:orders write:orders',
      iat: now,
      exp: now + 300,
    }),
  },
];

/** A random 128-bit id, base64url (for jti). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '');
}
