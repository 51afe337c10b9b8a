// The validation policy feature's panels, loaded together (one lazy chunk).
export { PolicyInputs } from './policy-inputs';
export { LibraryVerdicts } from './library-verdicts';
