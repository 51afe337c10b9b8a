// core/snippets: its public entry; app, features and shared import core/snippets only through this file.
export { makeSnippets } from './snippets';
export type { SnippetKeyKind, SnippetLanguage } from './snippets';
