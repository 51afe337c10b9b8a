// The only importer of Monaco: a JSON editor that applies new values without echoing them back.
import './monaco-setup';
import Editor from '@monaco-editor/react';
import type { OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';
import { monaco } from './monaco-setup';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../core/json';

export interface CodeEditorProps {
  /** A stable name for the model, e.g. "header" → inmemory://model/header.json */
  name: string;
  value: string;
  language?: 'json' | 'plaintext';
  ariaLabel: string;
  readOnly?: boolean;
  theme: 'light' | 'dark';
  onChange?: (value: string) => void;
}

// Monaco's JSON worker parses recursively: a few thousand levels of nesting overflow its stack (a page
// error), and millions hang the tab. The core refuses such JSON already; whatever still nests that deep (a
// text the user typed) goes to a plain-text model.
export default function CodeEditor({
  name,
  value,
  language: wanted = 'json',
  ariaLabel,
  readOnly,
  theme,
  onChange,
}: CodeEditorProps) {
  const tooDeep = useMemo(() => wanted === 'json' && nestsDeeperThan(value, MAX_JSON_DEPTH), [wanted, value]);
  const language = tooDeep ? 'plaintext' : wanted;
  // Wrapping one multi-megabyte line makes Monaco compute line breaks for seconds; scroll it instead.
  const hugeLine = useMemo(() => value.length > 200_000 && /[^\n]{100000}/.test(value), [value]);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);

  const handleMount: OnMount = useCallback((ed) => {
    editorRef.current = ed;
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
  }, [language]);

  return (
    <Editor
      height="100%"
      // Too-deep JSON goes to a separate plain-text model, so the JSON worker never receives it at all.
      path={`inmemory://model/${name}${tooDeep ? '.txt' : '.json'}`}
      defaultLanguage={language}
      language={language}
      value={value}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      onMount={handleMount}
      onChange={(v) => onChangeRef.current?.(v ?? '')}
      options={{
        ariaLabel,
        readOnly,
        minimap: { enabled: false },
        automaticLayout: true,
        scrollBeyondLastLine: false,
        wordWrap: hugeLine ? 'off' : 'on',
        fontSize: 13,
        lineNumbers: 'off',
        folding: true,
        // Indent guides measure each visible line in the DOM on every render (forced layouts on each token
        // pasted): the 2-space JSON reads as well without them.
        guides: { indentation: false },
        renderLineHighlight: 'none',
        tabSize: 2,
        fixedOverflowWidgets: true,
        largeFileOptimizations: true,
        // Tab moves focus out of the editor, so keyboard users are never trapped (Ctrl+M toggles it back).
        tabFocusMode: true,
      }}
    />
  );
}
