// Shared e2e helpers: drive the app only through the UI contract's test ids and window.monaco.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export type EditorName = 'header-editor' | 'payload-editor';

/** Opens the app and fails the test on any page error or console error. */
export async function openApp(page: Page, path = '/'): Promise<{ errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(path);
  await expect(page.getByTestId('token-input')).toBeVisible();
  return { errors };
}

export async function pasteToken(page: Page, token: string): Promise<void> {
  await page.getByTestId('token-input').fill(token);
}

/** Waits until Monaco has loaded and both editors are mounted. */
export async function waitForEditors(page: Page): Promise<void> {
  await page.getByTestId('header-editor').locator('.monaco-editor').waitFor();
  await page.getByTestId('payload-editor').locator('.monaco-editor').waitFor();
  await page.waitForFunction(() => (window as unknown as { monaco?: unknown }).monaco !== undefined);
}

/** Reads the value of the Monaco editor inside a contract container. */
export async function editorValue(page: Page, testid: EditorName): Promise<string> {
  await waitForEditors(page);
  return page.evaluate((id) => {
    const container = document.querySelector(`[data-testid="${id}"]`);
    const m = (window as unknown as { monaco: { editor: { getEditors(): MonacoEditor[] } } }).monaco;
    const ed = m.editor.getEditors().find((e) => container?.contains(e.getContainerDomNode()));
    if (!ed) throw new Error(`no editor in ${id}`);
    return ed.getValue();
  }, testid);
}

/** Sets the value of a Monaco editor as a user edit. */
export async function setEditorValue(page: Page, testid: EditorName, value: string): Promise<void> {
  await waitForEditors(page);
  await page.evaluate(
    ([id, v]) => {
      const container = document.querySelector(`[data-testid="${id}"]`);
      const m = (window as unknown as { monaco: { editor: { getEditors(): MonacoEditor[] } } }).monaco;
      const ed = m.editor.getEditors().find((e) => container?.contains(e.getContainerDomNode()));
      if (!ed) throw new Error(`no editor in ${id}`);
      ed.setValue(v);
    },
    [testid, value] as const,
  );
}

interface MonacoEditor {
  getContainerDomNode(): HTMLElement;
  getValue(): string;
  setValue(v: string): void;
}

/** The status attribute of one claim row. */
export const claimRow = (page: Page, claim: string) =>
  page.locator(`[data-testid="claim-row"][data-claim="${claim}"]`);

/** Builds an unsigned compact JWS from header and payload objects (signature as given). */
export function makeToken(header: object, payload: object | string, signature = 'c2ln'): string {
  const enc = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
  return `${enc(JSON.stringify(header))}.${enc(typeof payload === 'string' ? payload : JSON.stringify(payload))}.${signature}`;
}
