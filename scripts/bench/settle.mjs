// Waits for a just-opened browser window to settle before a measured navigation.
//
// A new context opens a new window, and Chromium (new headless) then builds that window's own UI: on this
// 2-core machine both cores stay 80–90% busy for ~1.1 s after newPage() resolves, most of it the renderer of
// the omnibox popup (chrome://omnibox-popup.top-chrome) loading its scripts (traced: ~200 ms of its CPU before
// the page's first paint). A page loaded in that window shares the cores with it. A person clicking a link
// in a browser that is already open does not pay for it, so cold loads wait for it first, as Lighthouse waits
// for the CPU to be idle before it navigates. The bench also measures loads that do not wait (the way a
// script that opens a window and navigates at once measures), and prints both.
import { readFileSync } from 'node:fs';

function cpuTimes() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: fields[3] + fields[4], total: fields.reduce((a, b) => a + b, 0) };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the machine has been at most `busyPct`% busy over `windows` 100 ms windows in a row (at most
 * `maxMs`). Where /proc/stat cannot be read (not Linux), waits a fixed 2 s, longer than the window's setup
 * takes here. Returns the time waited in ms.
 */
export async function settleWindow({ busyPct = 25, windows = 3, maxMs = 5000 } = {}) {
  const t0 = Date.now();
  try {
    cpuTimes();
  } catch {
    await sleep(2000);
    return Date.now() - t0;
  }
  let quiet = 0;
  while (quiet < windows && Date.now() - t0 < maxMs) {
    const a = cpuTimes();
    await sleep(100);
    const b = cpuTimes();
    const busy = b.total > a.total ? 100 - (100 * (b.idle - a.idle)) / (b.total - a.total) : 0;
    quiet = busy <= busyPct ? quiet + 1 : 0;
  }
  return Date.now() - t0;
}
