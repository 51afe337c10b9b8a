// The Simplified Chinese catalogue: one file per namespace, loaded as one chunk when zh-CN is chosen.
import { app } from './app';
import { claims } from './claims';
import { compare } from './compare';
import { discovery } from './discovery';
import { encrypt } from './encrypt';
import { findings } from './findings';
import { forge } from './forge';
import { hardening } from './hardening';
import { jwe } from './jwe';
import { learn } from './learn';
import { learnPanel } from './learn-panel';
import { policy } from './policy';
import { profile } from './profile';
import { profileWording } from './profile-wording';
import { providerClaimsWording } from './provider-claims-wording';
import { sdJwt } from './sd-jwt';
import { serialization } from './serialization';
import { compareWording } from './compare-wording';
import { discoveryWording } from './discovery-wording';
import { findingsWording } from './findings-wording';
import { forgeWording } from './forge-wording';
import { hardeningWording } from './hardening-wording';
import { jweWording } from './jwe-wording';
import { policyWording } from './policy-wording';
import { problemsWording } from './problems-wording';
import { registryWording } from './registry-wording';
import { sdJwtWording } from './sd-jwt-wording';
import { shared } from './shared';
import { signature } from './signature';
import { signing } from './signing';
import { snippets } from './snippets';
import { token } from './token';
import { verdictWording } from './verdict-wording';

export const zhCN = {
  app,
  claims,
  compare,
  discovery,
  encrypt,
  findings,
  forge,
  hardening,
  jwe,
  learn,
  learnPanel,
  policy,
  profile,
  profileWording,
  providerClaimsWording,
  sdJwt,
  serialization,
  compareWording,
  discoveryWording,
  findingsWording,
  forgeWording,
  hardeningWording,
  jweWording,
  policyWording,
  problemsWording,
  registryWording,
  sdJwtWording,
  shared,
  signature,
  signing,
  snippets,
  token,
  verdictWording,
};
