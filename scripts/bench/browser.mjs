// Browser measurements, made the way an outside script makes them: a fresh context per cold load, the cache
// disabled (CDP Network.setCacheDisabled), service workers blocked, CPU throttled by CDP where asked, and
// timings read from the page's own clock (performance.now(), paint and long-task entries). Cold loads wait for
// the new window to settle first unless told not to (settle.mjs says why).
import { settleWindow } from './settle.mjs';
import { median, quantile } from './stats.mjs';

export const FIRST_VERDICT = '[data-testid="signature-status"]:not([data-busy])[data-state="no-key"]';
export const VALID = '[data-testid="signature-status"][data-state="valid"]:not([data-busy])';
const TOKEN_INPUT = '[data-testid="token-input"]';

export async function newPage(browser, cpuRate = 1, { settle = true } = {}) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  // Long tasks are collected from the start, so any phase can ask for the longest since a mark.
  await page.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // longtask is Chromium-only; the figure is then n/a
    }
  });
  if (settle) await settleWindow();
  return { page, context, cdp };
}

/** Counts what crosses the network (CDP): bytes on the wire, decoded bytes, requests, and what is in flight. */
function networkMeter(cdp) {
  const inflight = new Set();
  const m = { wire: 0, decoded: 0, requests: 0, scripts: 0, scriptWire: 0, lastActivity: Date.now() };
  const types = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    inflight.add(e.requestId);
    m.requests++;
    m.lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.dataReceived', (e) => {
    m.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    inflight.delete(e.requestId);
    m.wire += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') {
      m.scripts++;
      m.scriptWire += e.encodedDataLength;
    }
    m.lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    inflight.delete(e.requestId);
    m.lastActivity = Date.now();
  });
  /** Resolves once nothing has been in flight for `quietMs` (at most `maxMs`). */
  m.quiet = async (quietMs = 2000, maxMs = 30_000) => {
    const t0 = Date.now();
    while (Date.now() - t0 < maxMs) {
      if (inflight.size === 0 && Date.now() - m.lastActivity >= quietMs) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };
  return m;
}

/**
 * Cold loads of a `#token=` link: per run, time to the verdict, First Contentful Paint, DOMContentLoaded, the
 * longest task before the verdict, bytes on the wire before the verdict (resource timing) and until the network
 * is quiet (CDP). Returns the medians and the runs. `settle: false` navigates as soon as the new window is
 * open, while Chromium is still building the window's own UI (settle.mjs).
 */
export async function coldLoad(
  browser,
  baseUrl,
  token,
  { cpuRate = 1, runs = 5, verdict = FIRST_VERDICT, link = '#token=', settle = true } = {},
) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const { page, context, cdp } = await newPage(browser, cpuRate, { settle });
    const net = networkMeter(cdp);
    await page.addInitScript((sel) => {
      // When the document exists and its own scripts can start (for a megabyte URL, seconds after navigation
      // start: the browser and the driver pass the URL around first).
      window.__pageStart = performance.now();
      const check = () => {
        if (document.querySelector(sel)) {
          window.__verdictAt = performance.now();
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      document.addEventListener('DOMContentLoaded', () => {
        if (!check())
          observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      });
    }, verdict);
    await page.goto(`${baseUrl}${link}${token}`);
    await page.waitForFunction(() => window.__verdictAt !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    const atVerdict = await page.evaluate(() => {
      const v = window.__verdictAt;
      const nav = performance.getEntriesByType('navigation')[0];
      const entries = [nav, ...performance.getEntriesByType('resource')];
      const before = entries.filter((e) => e.responseEnd <= v);
      return {
        verdict: v,
        pageStart: window.__pageStart,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        dcl: nav.domContentLoadedEventEnd,
        bytesBeforeVerdict: before.reduce((n, e) => n + e.transferSize, 0),
        requestsBeforeVerdict: before.length,
        longestBeforeVerdict: Math.max(
          0,
          ...window.__longTasks.filter((l) => l.start < v).map((l) => l.duration),
        ),
      };
    });
    await net.quiet();
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks.map((l) => l.duration)));
    all.push({
      ...atVerdict,
      bytesAll: net.wire,
      decodedAll: net.decoded,
      requests: net.requests,
      scripts: net.scripts,
      scriptBytes: net.scriptWire,
      longest,
    });
    await context.close();
  }
  const med = (k) => median(all.map((r) => r[k]));
  const keys = Object.keys(all[0]);
  return { ...Object.fromEntries(keys.map((k) => [k, med(k)])), runs: all };
}

/**
 * Pastes each token into the input (as an input event) and times until the verdict selector matches for that
 * token. Returns per-paste ms and the longest task seen during the run.
 */
export async function pasteLoop(page, set, inputSelector, verdictSelector) {
  return page.evaluate(
    async ({ tokens, inputSelector, verdictSelector }) => {
      const input = document.querySelector(inputSelector);
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
      const since = performance.now();
      const times = [];
      for (const token of tokens) {
        const t = await new Promise((resolve, reject) => {
          let t0 = 0;
          const done = () => {
            const el = document.querySelector(verdictSelector);
            // The verdict must be for this token: the input shows it and the verdict is final.
            if (el && input.value === token) {
              observer.disconnect();
              clearTimeout(timer);
              resolve(performance.now() - t0);
            }
          };
          const observer = new MutationObserver(done);
          observer.observe(document.body, {
            subtree: true,
            attributes: true,
            childList: true,
            characterData: true,
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error('no verdict within 5 s'));
          }, 5000);
          t0 = performance.now();
          setter.call(input, token);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        times.push(t);
        // Let the page settle between pastes, as between two real pastes.
        await new Promise((r) => setTimeout(r, 30));
      }
      const longest = Math.max(
        0,
        ...window.__longTasks.filter((l) => l.start + l.duration >= since).map((l) => l.duration),
      );
      return { times, longest };
    },
    { tokens: set.tokens.slice(1), inputSelector, verdictSelector },
  );
}

/** Playwright's fill() of each token (what an outside script does), timed from just before the call to the verdict. */
async function fillLoop(page, tokens, verdictSelector) {
  const input = page.locator(TOKEN_INPUT);
  const times = [];
  for (const token of tokens) {
    await page.evaluate(
      ({ token, verdictSelector }) => {
        window.__doneAt = undefined;
        const input = document.querySelector('[data-testid="token-input"]');
        const observer = new MutationObserver(() => {
          if (input.value === token && document.querySelector(verdictSelector)) {
            window.__doneAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, {
          subtree: true,
          attributes: true,
          childList: true,
          characterData: true,
        });
        window.__fillAt = performance.now();
      },
      { token, verdictSelector },
    );
    await input.fill(token);
    await page.waitForFunction(() => window.__doneAt !== undefined, null, { timeout: 5000, polling: 10 });
    times.push(await page.evaluate(() => window.__doneAt - window.__fillAt));
    await page.waitForTimeout(30);
  }
  return times;
}

/** paste → valid per algorithm, by an input event (median of many) and by fill() (HS256 and RS256). */
export async function pasteToVerdict(browser, baseUrl, sets, fills = 20) {
  const results = {};
  for (const [alg, set] of Object.entries(sets)) {
    const { page, context } = await newPage(browser);
    await page.goto(baseUrl);
    await page.getByTestId('token-input').fill(set.tokens[0]);
    await page.getByTestId('key-input').fill(set.key);
    await page.locator(VALID).waitFor();
    // Monaco loads lazily; measure with it loaded, as a user who pastes a second time would see.
    await page.waitForFunction(() => window.monaco !== undefined, null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const { times, longest } = await pasteLoop(page, set, TOKEN_INPUT, VALID);
    const filled =
      alg === 'HS256' || alg === 'RS256' ? await fillLoop(page, set.tokens.slice(1, fills + 1), VALID) : [];
    results[alg] = {
      median: median(times),
      p95: quantile(times, 0.95),
      n: times.length,
      longestTask: longest,
      fillMedian: median(filled),
      fillN: filled.length,
    };
    await context.close();
  }
  return results;
}

export async function keystrokeToToken(browser, baseUrl, sets, KEYSTROKES) {
  const { page, context } = await newPage(browser);
  await page.goto(baseUrl);
  await page.getByTestId('token-input').fill(sets.HS256.tokens[0]);
  await page.getByTestId('key-input').fill(sets.HS256.key);
  await page.waitForFunction(() => window.monaco !== undefined, null, { timeout: 60_000 });
  await page.getByTestId('payload-editor').locator('.monaco-editor').waitFor();
  await page.waitForTimeout(500);
  const result = await page.evaluate(async (n) => {
    const container = document.querySelector('[data-testid="payload-editor"]');
    const editor = window.monaco.editor.getEditors().find((e) => container.contains(e.getContainerDomNode()));
    const input = document.querySelector('[data-testid="token-input"]');
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    const since = performance.now();
    const encoded = [];
    const signed = [];
    let onValue;
    // React writes the controlled textarea's value property: hook it to see the exact moment.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return proto.get.call(this);
      },
      set(v) {
        proto.set.call(this, v);
        onValue?.(v);
      },
    });
    const base = JSON.parse(editor.getValue());
    for (let i = 0; i < n; i++) {
      const before = input.value;
      const sig = before.split('.')[2];
      const t0 = performance.now();
      await new Promise((resolve) => {
        let encodedAt;
        const timer = setTimeout(() => finish(), 400);
        const finish = () => {
          clearTimeout(timer);
          onValue = undefined;
          encoded.push(encodedAt === undefined ? NaN : encodedAt - t0);
          resolve();
        };
        onValue = (v) => {
          if (encodedAt === undefined && v !== before) encodedAt = performance.now();
          // Re-signed: the token carries a new signature, not the old one kept while signing runs.
          if (v.split('.')[2] !== sig) {
            signed.push(performance.now() - t0);
            finish();
          }
        };
        editor.setValue(JSON.stringify({ ...base, name: `Ada ${i}` }, null, 2));
      });
      await new Promise((r) => setTimeout(r, 30));
    }
    const longest = Math.max(
      0,
      ...window.__longTasks.filter((l) => l.start + l.duration >= since).map((l) => l.duration),
    );
    delete input.value;
    return { encoded, signed, longest };
  }, KEYSTROKES);
  await context.close();
  const reSigned = result.signed.length >= result.encoded.length * 0.9;
  return {
    reSigned,
    median: median(reSigned ? result.signed : result.encoded.filter(Number.isFinite)),
    p95: quantile(reSigned ? result.signed : result.encoded.filter(Number.isFinite), 0.95),
    encodedMedian: median(result.encoded.filter(Number.isFinite)),
    longestTask: result.longest,
  };
}
