// The only importer of Monaco: a JSON editor that applies new values without echoing them back.
import './monaco-setup';
import Editor from '@monaco-editor/react';
import type { OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { editor } from 'monaco-editor/editor';
import { monaco } from './monaco-setup';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../core/shared';
import { ReadOnlyView } from './read-only-view';

/** Values longer than this are not wrapped (see `large` below). */
const LARGE_TEXT = 200_000;

/** True when a line has 20,000 characters or more: indexOf per line, where /[^\n]{20000}/ took 6.5 s on 180 KB. */
function hasLongLine(text: string): boolean {
  for (let start = 0; start <= text.length - 20_000;) {
    const end = text.indexOf('\n', start);
    if (end === -1 || end - start >= 20_000) return true;
    start = end + 1;
  }
  return false;
}

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
  // Wrapping makes Monaco compute the line breaks of every line when the value is set: for one
  // multi-megabyte line that takes seconds, and for a 1 MB JSON of 14,000 short lines hundreds of ms in one
  // task. Above LARGE_TEXT the editor scrolls sideways instead.
  const large = value.length > LARGE_TEXT;
  // One long line (20,000 characters or more) is not wrapped either: laying out its wrapped pieces took
  // ~0.5 s for 200 KB; unwrapped, Monaco stops rendering it after 10,000 characters.
  const longLine = useMemo(() => large || hasLongLine(value), [large, value]);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const [ready, setReady] = useState(false);
  // True while a new value from outside is being set, so that it is not reported back as an edit.
  const applying = useRef(false);

  const handleMount: OnMount = useCallback((ed) => {
    editorRef.current = ed;
    setReady(true);
  }, []);

  // A large value from outside replaces the model's text with setValue, not (as the wrapper does) with an
  // undoable edit of the whole model, which keeps the old text for undo and took twice as long for 1 MB.
  // A new token is a new document: its undo history starts afresh. It is set in a task of its own (~70 ms
  // for 1 MB): React runs this effect inside the paste's input event, which already decodes the token.
  useEffect(() => {
    if (!large) return;
    const timer = setTimeout(() => {
      const ed = editorRef.current;
      const model = ed?.getModel();
      if (!ed || !model) return;
      if (model.getValueLength() === value.length && model.getValue() === value) return;
      applying.current = true;
      try {
        ed.setValue(value);
      } finally {
        applying.current = false;
      }
    });
    return () => clearTimeout(timer);
  }, [value, large, ready, language]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
  }, [language]);

  // One options object per change: the wrapper calls updateOptions whenever it gets a new one, which had
  // Monaco re-validate every option on each render of the app (each keystroke and verdict).
  const options = useMemo(
    (): editor.IStandaloneEditorConstructionOptions => ({
      ariaLabel,
      readOnly,
      minimap: { enabled: false },
      automaticLayout: true,
      scrollBeyondLastLine: false,
      wordWrap: longLine ? 'off' : 'on',
      // Bracket colours are off for every model (monaco-setup.ts); matching decorates the brackets of the
      // visible lines, which for one line of 200,000 brackets took seconds.
      matchBrackets: longLine ? 'never' : 'always',
      // The page's monospace font and 20px lines, as the light view before it (read-only-view.css): Monaco
      // replaces that view without the text moving.
      fontSize: 13,
      fontFamily:
        "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      lineHeight: 20,
      padding: { top: 6 },
      lineNumbers: 'off',
      folding: true,
      // Folding regions are marked in the model one decoration each: for a 1 MB payload's 5,000 (Monaco's limit)
      // that took ~250 ms in one task once the JSON worker answered. Above LARGE_TEXT the 1,000 outermost fold.
      foldingMaximumRegions: large ? 1000 : 5000,
      // Sticky scroll builds an outline of every JSON property after each change (14,000 entries and a
      // large message from the JSON worker for a 1 MB payload): not worth it for a token's claims.
      stickyScroll: { enabled: false },
      // Indent guides measure each visible line in the DOM on every render (forced layouts on each token
      // pasted): the 2-space JSON reads as well without them.
      guides: { indentation: false, bracketPairs: false },
      renderLineHighlight: 'none',
      tabSize: 2,
      fixedOverflowWidgets: true,
      largeFileOptimizations: true,
      // Tab moves focus out of the editor, so keyboard users are never trapped (Ctrl+M toggles it back).
      tabFocusMode: true,
    }),
    [ariaLabel, readOnly, longLine, large],
  );

  return (
    <Editor
      height="100%"
      // Text (too-deep JSON included) goes to a separate plain-text model, so the JSON worker never receives
      // it: switching the language of one model would first hand the new text to the worker as JSON.
      path={`inmemory://model/${name}${language === 'json' ? '.json' : '.txt'}`}
      defaultLanguage={language}
      language={language}
      value={large ? undefined : value}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      onMount={handleMount}
      // While Monaco starts, the same light view as before it loaded (not the wrapper's "Loading…").
      loading={<ReadOnlyView text={value} ariaLabel={ariaLabel} />}
      onChange={(v) => {
        if (!applying.current) onChangeRef.current?.(v ?? '');
      }}
      options={options}
    />
  );
}
