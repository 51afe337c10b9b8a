// The Simplified Chinese catalogue: one file per namespace, loaded as one chunk when zh-CN is chosen.
import { app } from './app';
import { claims } from './claims';
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
import { token } from './token';
import { verdictWording } from './verdict-wording';

export const zhCN = {
  app,
  claims,
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
  token,
  verdictWording,
};
