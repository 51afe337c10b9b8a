// Bundles Monaco locally (core + JSON language + its workers) and points @monaco-editor/react at it: no CDN.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';
import { describeHeaderName } from '../registry-words';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};
loader.config({ monaco });

// Test hook from the UI contract: e2e specs drive the editors through window.monaco.
(window as unknown as { monaco: typeof monaco }).monaco = monaco;

// Registered header parameters are explained on hover in the header editor.
monaco.languages.registerHoverProvider('json', {
  provideHover(model, position) {
    if (!model.uri.path.endsWith('header.json')) return null;
    const line = model.getLineContent(position.lineNumber);
    const match = /^\s*"([^"]+)"\s*:/.exec(line);
    if (!match?.[1]) return null;
    const info = describeHeaderName(match[1]);
    if (!info) return null;
    return {
      contents: [
        { value: `**${info.name}** — ${info.title}` },
        { value: `${info.description} ([${info.spec}](${info.url}))` },
      ],
    };
  },
});

export { monaco };

// Bracket-pair colours live on the model, not the editor (the editor option does not reach it here): they
// decorate every bracket of a visible line, and one pasted line of 200,000 brackets took seconds to draw.
// A claims set is shallow, so the colours add little: off for every model.
monaco.editor.onDidCreateModel((model) =>
  model.updateOptions({
    bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
  }),
);
