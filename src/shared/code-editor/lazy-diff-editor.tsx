// Lazy entry for Monaco's diff editor; shows both texts side by side as plain text until Monaco has loaded.
import { lazy, Suspense } from 'react';
import type { CodeDiffEditorProps } from './diff-editor';
import { monacoCoreLoaded } from './monaco-steps';

const CodeDiffEditor = lazy(async () => {
  await monacoCoreLoaded();
  return import('./diff-editor');
});

export type { CodeDiffEditorProps };

export function LazyDiffEditor(props: CodeDiffEditorProps) {
  const fallback = (
    <div className="diff-fallback" aria-label={props.ariaLabel}>
      <pre className="editor-fallback">{props.original}</pre>
      <pre className="editor-fallback">{props.modified}</pre>
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <CodeDiffEditor {...props} />
    </Suspense>
  );
}
