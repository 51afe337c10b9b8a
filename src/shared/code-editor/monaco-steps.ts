// How both lazy editors load Monaco: after the first verdict is painted, its core first, then in a later task
// what the caller imports next (its features, JSON, the wrapper). Evaluated as one module graph they took
// ~320 ms in one task on a 2-core machine (issue 23 allows no task over 300 ms); apart, ~200 ms and ~100 ms.
import { afterFirstVerdict } from '../after-first-verdict';

export async function monacoCoreLoaded(): Promise<void> {
  await afterFirstVerdict();
  await import('./monaco-core');
  await new Promise((resolve) => setTimeout(resolve, 0));
}
