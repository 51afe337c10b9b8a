// Lazy entry for the Monaco editor; shows the text read-only until Monaco has loaded, which happens only after
// the first verdict has been painted (issue 23: Monaco is ~1 MB compressed and must not delay it).
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor';
import { afterFirstVerdict } from '../after-first-verdict';
import { ReadOnlyView } from './read-only-view';

const CodeEditor = lazy(async () => {
  await afterFirstVerdict();
  // Monaco's core, then in a later task the rest (its features, JSON, the wrapper): evaluated as one module
  // graph they took ~320 ms in one task on a 2-core machine (issue 23 allows no task over 300 ms).
  await import('./monaco-core');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return import('./code-editor');
});

export type { CodeEditorProps };

export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<ReadOnlyView text={props.value} ariaLabel={props.ariaLabel} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
