// English messages of the security findings panel (each finding's words are in describe-findings.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const findingsMessages = i18n('findings', {
  heading: 'Security findings',
  checking: params('Checking {count}well-known secrets…'),
  found: params('The secret is in the list of {count}well-known secrets.'),
  notFound: params('Not signed with any of {count}well-known secrets.'),
  tooLarge: 'This token is too large to check against the list of well-known secrets.',
  nothing: 'Nothing to report.',
  severityHigh: 'high',
  severityMedium: 'medium',
  severityLow: 'low',
  severityInfo: 'info',
});
