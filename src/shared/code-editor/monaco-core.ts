// Monaco's core alone: lazy-code-editor.tsx evaluates it in a task of its own before the rest of the editor.
import 'monaco-editor/editor';
