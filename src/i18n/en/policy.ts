// English messages of the validation policy inputs and the library verdicts panel.
import { i18n } from '../i18n';

export const policyMessages = i18n('policy', {
  allowedAlgorithms: 'Allowed algorithms',
  tokensOwnAlg: "the token's own alg",
  requiredClaims: 'Required claims',
  expectedTyp: 'Expected typ',
  maximumAge: 'Maximum age',
  maxAgeHint: 'from iat; jose maxTokenAge',
  policyChecks: 'Policy checks',
  librariesHeading: 'What each library would say',
  librariesIntro:
    'Modelled on each library’s own order of checks and defaults, and tested against the real libraries, with the key and the validation options on this page.',
});
