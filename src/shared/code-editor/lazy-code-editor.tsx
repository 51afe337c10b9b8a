// Lazy entry for the Monaco editor; shows the text read-only until Monaco has loaded, which happens only after
// the first verdict has been painted (issue 23: Monaco is ~1 MB compressed and must not delay it).
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor';
import { monacoCoreLoaded } from './monaco-steps';
import { ReadOnlyView } from './read-only-view';

const CodeEditor = lazy(async () => {
  await monacoCoreLoaded();
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
