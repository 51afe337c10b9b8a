// Monaco's side-by-side diff editor, read-only, for comparing two tokens' header or payload (code-editor owns Monaco).
import './monaco-setup';
import { DiffEditor } from '@monaco-editor/react';
import type { DiffOnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';

export interface CodeDiffEditorProps {
  /** A stable name for the two models, e.g. "compare-header" → inmemory://model/compare-header.{a,b}.json */
  name: string;
  original: string;
  modified: string;
  ariaLabel: string;
  theme: 'light' | 'dark';
}

export default function CodeDiffEditor({ name, original, modified, ariaLabel, theme }: CodeDiffEditorProps) {
  const options = useMemo(
    (): editor.IDiffEditorConstructionOptions => ({
      ariaLabel,
      originalAriaLabel: `${ariaLabel}: first token`,
      modifiedAriaLabel: `${ariaLabel}: second token`,
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      // Side by side even in a narrow column: the point is to see both tokens at once.
      useInlineViewWhenSpaceIsLimited: false,
      minimap: { enabled: false },
      automaticLayout: true,
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      lineNumbers: 'off',
      fontSize: 13,
      renderOverviewRuler: false,
      stickyScroll: { enabled: false },
      fixedOverflowWidgets: true,
    }),
    [ariaLabel],
  );
  // The models are kept between mounts (see below), so a remounted editor finds the old texts in them: the
  // wrapper only applies values that change after mounting, hence the current ones are set here.
  const latest = useRef({ original, modified });
  useEffect(() => {
    latest.current = { original, modified };
  }, [original, modified]);
  const onMount: DiffOnMount = useCallback((ed) => {
    const model = ed.getModel();
    if (model?.original.getValue() !== latest.current.original)
      model?.original.setValue(latest.current.original);
    if (model?.modified.getValue() !== latest.current.modified)
      model?.modified.setValue(latest.current.modified);
  }, []);
  return (
    <DiffEditor
      onMount={onMount}
      height="100%"
      language="json"
      original={original}
      modified={modified}
      originalModelPath={`inmemory://model/${name}.first.json`}
      modifiedModelPath={`inmemory://model/${name}.second.json`}
      // Disposing the models while the diff widget still holds them logs an error on unmount; the models
      // are reused by path when the panel comes back, so keeping them costs one pair per name.
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      options={options}
    />
  );
}
