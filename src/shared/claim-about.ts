// Whom a provider's claim is about, in words: shown by the token profile panel and the claims table.
export const ABOUT_WORDS = {
  user: 'about the user',
  client: 'about the client',
  tenant: 'about the tenant',
  token: 'about the token itself',
  workload: 'about the workload',
  session: 'about the session',
} as const;
