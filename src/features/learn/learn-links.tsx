// Links to the RFCs the learning panel cites.

export const RFC = {
  jws: 'https://www.rfc-editor.org/rfc/rfc7515',
  jwa: 'https://www.rfc-editor.org/rfc/rfc7518',
  jwt: 'https://www.rfc-editor.org/rfc/rfc7519',
  jwe: 'https://www.rfc-editor.org/rfc/rfc7516',
  pkcs1: 'https://www.rfc-editor.org/rfc/rfc8017',
  hmac: 'https://www.rfc-editor.org/rfc/rfc2104',
  eddsaJose: 'https://www.rfc-editor.org/rfc/rfc8037',
  eddsa: 'https://www.rfc-editor.org/rfc/rfc8032',
  mlDsaJose: 'https://www.rfc-editor.org/rfc/rfc9964',
} as const;

export function Link({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
