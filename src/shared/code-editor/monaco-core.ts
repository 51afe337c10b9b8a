// Monaco's core alone: monaco-steps.ts evaluates it in a task of its own before the rest of the editor.
import 'monaco-editor/editor';
