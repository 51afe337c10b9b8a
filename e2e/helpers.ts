// Shared e2e helpers: drive the app only through the UI contract's test ids and window.monaco.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

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

/** Signs an HS256 token in Node (an implementation independent of the app). */
export function signHs256(header: object, payload: object, secret: string): string {
  const enc = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
  const input = `${enc(JSON.stringify(header))}.${enc(JSON.stringify(payload))}`;
  const mac = createHmac('sha256', secret).update(input).digest('base64url');
  return `${input}.${mac}`;
}

/**
 * Waits until a verdict element is no longer computing, then checks its data-state. RSA, PBES2 and key
 * generation can take seconds on a loaded CI machine, hence the longer wait.
 */
export async function expectSettledState(page: Page, testid: string, state: string): Promise<void> {
  const element = page.getByTestId(testid);
  await expect(element).not.toHaveAttribute('data-busy', 'true', { timeout: 30_000 });
  await expect(element).toHaveAttribute('data-state', state, { timeout: 30_000 });
}

/** Puts text in the key box, read with the given secret encoding. */
export async function setKey(page: Page, keyText: string, encoding = 'utf8'): Promise<void> {
  await page.getByTestId('secret-encoding').selectOption(encoding);
  await page.getByTestId('key-input').fill(keyText);
}

export interface JweFixture {
  id: string;
  alg: string;
  enc: string;
  token: string;
  keyText: string;
  encoding: string;
  plaintext: string;
  innerKeyText?: string;
}

/** The JWEs made outside the app (jose in Node, python3-jwcrypto) that the core's unit tests also use. */
export function loadJweFixtures(source: 'jose-node' | 'jwcrypto'): JweFixture[] {
  const url = new URL(`../src/core/fixtures/jwe-${source}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { fixtures: JweFixture[] }).fixtures;
}

/** One fixture by its id, failing loudly when the fixture file no longer has it. */
export function jweFixture(source: 'jose-node' | 'jwcrypto', id: string): JweFixture {
  const found = loadJweFixtures(source).find((f) => f.id === id);
  if (!found) throw new Error(`no ${source} JWE fixture "${id}"`);
  return found;
}
