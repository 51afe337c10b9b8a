// Shared by the library-verdict tests (not part of the area's API): call options with nothing set.
import type { LibraryOptions } from './types';

export const NO_OPTIONS: LibraryOptions = {
  allowedAlgorithms: [],
  audience: [],
  issuer: [],
  subject: [],
  clockTolerance: 0,
  requiredClaims: [],
};
