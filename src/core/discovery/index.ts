// core/discovery: its public entry; app, features and shared import core/discovery only through this file.
export { discoverKeys, planDiscovery } from './discovery';
export type {
  DiscoveryOutcome,
  DiscoveryPlan,
  DiscoveryReport,
  DiscoverySource,
  DiscoveryStep,
  FetchLike,
} from './discovery';
export { checkDiscoveryUrl } from './url-rules';
export { DISCOVERY_OUTCOMES } from './discovery-types';
