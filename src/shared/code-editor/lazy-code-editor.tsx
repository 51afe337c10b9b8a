// Lazy entry for the Monaco editor; shows the text read-only until Monaco has loaded.
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor';

const CodeEditor = lazy(() => import('./code-editor'));

export type { CodeEditorProps };

export function LazyCodeEditor(props: CodeEditorProps) {
  const fallback = (
    <pre className="editor-fallback" aria-label={props.ariaLabel}>
      {props.value.length > 200_000 ? `${props.value.slice(0, 200_000)}…` : props.value}
    </pre>
  );
  return (
    <Suspense fallback={fallback}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
