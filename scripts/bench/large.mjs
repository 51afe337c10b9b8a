// The ~1 MB payload by each way in: an input event, a real Ctrl+V, Playwright's fill() (which types the text
// in by CDP Input.insertText, as an outside script does), typing, a dropped file and a #token= link. Time to
// decoded (token-status) and to the payload shown, and the longest task.
import { FIRST_VERDICT, coldLoad, newPage } from './browser.mjs';
import { serveDist } from './serve.mjs';

/**
 * A ~1 MB token put into a box holding a short one. `how`: 'input' (value set, one input event), 'ctrl-v'
 * (clipboard + Ctrl+V: the browser's own paste), 'fill' (locator.fill with the token sent from Node), 'type'
 * (typed at the end of the focused box) or 'drop' (a file holding the token dropped on the box).
 *
 * Typing: an outside script that types a megabyte does not send a million key events (pressSequentially at
 * Playwright's pace would take hours); it types the text in one go with page.keyboard.insertText (CDP
 * Input.insertText, what dictation, an IME or an on-screen keyboard does) into the focused box, after what is
 * there, with no select-all first (unlike fill()): the box is emptied first, and keeps the focus.
 * Drop: what a script does for a drag from the file manager: a DataTransfer holding a File, and dragenter,
 * dragover and drop dispatched on the token box (Playwright's dispatchEvent does the same with a handle).
 */
export async function largePayload(browser, baseUrl, largeToken, how) {
  const { page, context } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  await page.goto(baseUrl);
  const input = page.getByTestId('token-input');
  await input.fill('a.b');
  await page.waitForFunction(() => window.monaco !== undefined, null, { timeout: 60_000 });
  await page.getByTestId('payload-editor').locator('.monaco-editor').waitFor();
  // For input and Ctrl+V the token goes into the page first: handing a megabyte to evaluate() costs ~90 ms of
  // the task that would dispatch the paste, which is Playwright's time, not the app's. fill() pays it, as it
  // does for any outside script.
  if (how !== 'fill' && how !== 'type') {
    await page.evaluate((token) => {
      window.__largeToken = token;
    }, largeToken);
  }
  if (how === 'ctrl-v') {
    await page.evaluate(() => navigator.clipboard.writeText(window.__largeToken));
    await input.focus();
    await page.keyboard.press('Control+a');
  }
  if (how === 'type') {
    await input.fill('');
    await input.focus();
  }
  await page.waitForTimeout(500);
  const watch = page.evaluate(
    async ({ how, length }) => {
      const input = document.querySelector('[data-testid="token-input"]');
      const container = document.querySelector('[data-testid="payload-editor"]');
      const editor = window.monaco.editor
        .getEditors()
        .find((e) => container.contains(e.getContainerDomNode()));
      const since = performance.now();
      let t0 = since;
      if (how === 'input') {
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
        setter.call(input, window.__largeToken);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else if (how === 'drop') {
        const data = new DataTransfer();
        data.items.add(new File([window.__largeToken], 'token.txt', { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop'])
          input.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      } else if (how === 'ctrl-v') {
        // Ctrl+V is pressed from outside once this is listening; the clock starts at its keydown.
        await new Promise((resolve) => {
          window.addEventListener(
            'keydown',
            (e) => {
              t0 = e.timeStamp;
              resolve();
            },
            { once: true, capture: true },
          );
          window.__largeListening = true;
        });
      } else {
        window.__largeListening = true;
      }
      let decodedAt;
      let shownAt;
      while (shownAt === undefined && performance.now() - t0 < 15_000) {
        await new Promise((r) => requestAnimationFrame(() => r()));
        const status = document.querySelector('[data-testid="token-status"]');
        if (decodedAt === undefined && status?.dataset.state === 'decoded' && input.value.length === length)
          decodedAt = performance.now();
        if (decodedAt !== undefined && editor.getModel().getValueLength() > length / 2)
          shownAt = performance.now();
      }
      // Let trailing work (tokenization, layout) finish so its long tasks are counted.
      await new Promise((r) => setTimeout(r, 1000));
      // Tasks still running at `since` count: a paste's own input event may run inside this evaluate's task.
      const tasks = window.__longTasks.filter((l) => l.start + l.duration >= since).map((l) => l.duration);
      return {
        decoded: decodedAt - t0,
        shown: shownAt - t0,
        longest: Math.max(0, ...tasks),
        longTasks: tasks.length,
        length,
        pasted: input.value.length === length,
      };
    },
    { how, length: largeToken.length },
  );
  if (how !== 'input' && how !== 'drop') await page.waitForFunction(() => window.__largeListening === true);
  if (how === 'ctrl-v') await page.keyboard.press('Control+v');
  if (how === 'fill') await input.fill(largeToken, { timeout: 30_000 });
  if (how === 'type') await page.keyboard.insertText(largeToken);
  const result = await watch;
  await context.close();
  if (!result.pasted) throw new Error(`1 MB payload (${how}): the token box does not hold the pasted token`);
  return result;
}

/**
 * A cold load of a #token= link holding the ~1 MB token: time to its verdict and the longest task; and the same
 * link to a baseline page (baseline/) that only takes the link out of the address at once (an inline script) and
 * loads one small module script: what the browser alone takes for such an address.
 */
export async function largeLink(browser, baseUrl, largeToken, runs = 3) {
  const r = await coldLoad(browser, baseUrl, largeToken, { runs, verdict: FIRST_VERDICT });
  const baseline = await serveDist({ dist: new URL('./baseline', import.meta.url).pathname });
  const b = await coldLoad(browser, baseline.url, largeToken, { runs, verdict: '#ready' }).finally(() =>
    baseline.stop(),
  );
  return {
    decoded: r.verdict,
    // From the moment the page's document exists: what the page itself takes.
    inPage: r.verdict - r.pageStart,
    baseline: b.verdict,
    baselineInPage: b.verdict - b.pageStart,
    baselineLongest: b.longest,
    longest: r.longest,
    longTasks: NaN,
    length: largeToken.length,
    pasted: true,
  };
}
