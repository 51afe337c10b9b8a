// English messages of the claims table and the validation options.
import { i18n } from '../i18n';
import { params } from '../params';

export const claimsMessages = i18n('claims', {
  statusOk: 'OK',
  statusExpired: 'Expired',
  statusNotYetValid: 'Not yet valid',
  statusIssuedInFuture: 'Issued in the future',
  statusMismatch: 'Mismatch',
  statusMissing: 'Missing',
  statusInvalid: 'Invalid',
  nestedTooDeeply: '(nested too deeply to show)',
  truncated: params('{text}… ({count} characters)'),
  mustBeNumericDate: 'must be a NumericDate: a number of seconds since 1970',
  mustBeStrings: 'must be a string or an array of strings',
  expected: params('expected {values}'),
  or: ' or ',
  claims: 'Claims',
  claim: 'Claim',
  value: 'Value',
  verdict: 'Verdict',
  noClaims: 'No claims to show.',
  disclosed: 'disclosed',
  providerDocs: params('{provider} docs'),
  absent: 'absent',
  milliseconds: params(
    'This looks like milliseconds: JWT times are seconds since 1970. As milliseconds it would be {time}.',
  ),
  // Validation options
  validation: 'Validation',
  expectedAudience: 'Expected audience',
  expectedIssuer: 'Expected issuer',
  expectedSubject: 'Expected subject',
  anySubject: 'any subject',
  clockTolerance: 'Clock tolerance (s)',
  judgeAt: 'Judge at',
  judgeAtPlaceholder: 'now (or ISO 8601 / Unix seconds)',
  judgeAtError:
    '“Judge at” must be an ISO 8601 time (2025-01-31T12:00:00Z) or Unix seconds; judging at now instead.',
  aboutUser: 'about the user',
  aboutClient: 'about the client',
  aboutTenant: 'about the tenant',
  aboutToken: 'about the token itself',
  aboutWorkload: 'about the workload',
  aboutSession: 'about the session',
});
