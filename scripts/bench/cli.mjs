// `npm run bench`: builds the app, serves it gzip'd from localhost (serve.mjs), drives Chromium the way an
// outside script does (browser.mjs, large.mjs), times the core in Node (core.mjs), and prints the README's
// table (report.mjs). Writes bench-results/latest.{json,md}. Timings never run in `npm test`.
//
//   node scripts/bench/cli.mjs                  build, serve on a free port, measure, stop
//   --url http://…                              measure an app already served there (no build)
//   --no-build                                  serve the existing dist/ as it is
//   --dist DIR                                  serve another build (implies --no-build), e.g. a saved 'before'
//   --runs N                                    cold loads per CPU rate (default 5)
//   --quick                                     fewer repetitions (a smoke run)
//   --only load,paste,keystroke,large,core      measure only these parts
//   --large input,ctrl-v,fill,type,drop,link    only these ways in for the 1 MB payload (all by default)
//   --compare URL                               also measure another debugger; --compare-input, --compare-key,
//       --compare-verdict, --compare-loaded: CSS selectors of its token box, key box, "valid" and "decoded";
//       --compare-link: its link form (#token= by default)
//   --out PATH                                  write PATH.json and PATH.md (default bench-results/latest)
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { measureBytes } from '../bundle-bytes.mjs';
import { coldLoad, keystrokeToToken, pasteToVerdict } from './browser.mjs';
import { coreOverhead, makeTokens } from './core.mjs';
import { largeLink, largePayload } from './large.mjs';
import { compareOptions, compareTable, measureOther } from './compare.mjs';
import { checks, table } from './report.mjs';
import { appServer, chromiumPath } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const QUICK = args.includes('--quick');
const RUNS = Number(option('--runs') ?? (QUICK ? 2 : 5));
const PASTES = QUICK ? 12 : 60;
const FILLS = QUICK ? 6 : 20;
const KEYSTROKES = QUICK ? 10 : 40;
const CORE_ITERATIONS = QUICK ? 200 : 2000;
const only = option('--only')?.split(',');
const wants = (part) => !only || only.includes(part);
/** The 1 MB payload's ways in (large.mjs), by their row label; `--large input,drop,link` picks some. */
const LARGE_WAYS = [
  ['an input event', 'input'],
  ['Ctrl+V', 'ctrl-v'],
  ['fill()', 'fill'],
  ['typing (keyboard.insertText)', 'type'],
  ['a dropped file', 'drop'],
];

async function main() {
  const started = Date.now();
  const startLoad = loadavg();
  const dist = option('--dist') ?? 'dist';
  const server = await appServer(option('--url'), {
    skipBuild: args.includes('--no-build') || dist !== 'dist',
    dist,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-first-run'] });
  const watchdog = setTimeout(() => {
    console.error('bench: gave up after 30 minutes');
    process.exit(2);
  }, 30 * 60_000);
  try {
    const { sets, largeToken } = await makeTokens(PASTES);
    const r = { date: new Date().toISOString() };
    r.machine = {
      nproc: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      chromium: browser.version(),
      node: process.version,
      loadAverage: startLoad.map((x) => x.toFixed(1)).join(' '),
    };
    r.bytes = existsSync(`${dist}/index.html`) ? measureBytes(dist) : { initial: NaN, total: NaN };
    const empty = { verdict: NaN, runs: [] };
    r.load1 = empty;
    r.load4 = empty;
    r.load1New = empty;
    r.load4New = empty;
    if (wants('load')) {
      console.log(`cold loads (${RUNS} per CPU rate, in a settled window and in a just-opened one)…`);
      const token = sets.HS256.tokens[0];
      r.load1 = await coldLoad(browser, server.url, token, { runs: RUNS });
      r.load4 = await coldLoad(browser, server.url, token, { runs: RUNS, cpuRate: 4 });
      r.load1New = await coldLoad(browser, server.url, token, { runs: RUNS, settle: false });
      r.load4New = await coldLoad(browser, server.url, token, { runs: RUNS, cpuRate: 4, settle: false });
    }
    r.paste = {};
    if (wants('paste')) {
      console.log('pastes…');
      r.paste = await pasteToVerdict(browser, server.url, sets, FILLS);
    }
    r.keystroke = { longestTask: 0 };
    if (wants('keystroke')) {
      console.log('keystrokes…');
      r.keystroke = await keystrokeToToken(browser, server.url, sets, KEYSTROKES);
    }
    r.large = {};
    if (wants('large')) {
      console.log('1 MB payload…');
      const ways = option('--large')?.split(',');
      const way = (name) => !ways || ways.includes(name);
      for (const [name, how] of LARGE_WAYS)
        if (way(how)) r.large[name] = await largePayload(browser, server.url, largeToken, how);
      if (way('link')) r.large['a #token= link'] = await largeLink(browser, server.url, largeToken);
    }
    if (wants('core')) {
      console.log('core overhead…');
      r.core = await coreOverhead(sets, CORE_ITERATIONS);
    }
    if (option('--compare')) {
      console.log('the other debugger…');
      r.other = await measureOther(browser, option('--compare'), sets, compareOptions(option), RUNS);
    }
    r.targets =
      wants('load') && wants('paste') && wants('large')
        ? checks(r).map(([name, met, value]) => ({ name, met, value }))
        : [];
    const md = table(r) + (r.other ? `\n${compareTable(r)}` : '');
    mkdirSync('bench-results', { recursive: true });
    const out = option('--out') ?? 'bench-results/latest';
    writeFileSync(`${out}.json`, `${JSON.stringify(r, null, 2)}\n`);
    writeFileSync(`${out}.md`, `${md}\n`);
    console.log(`\n${md}\n`);
    console.log(`wrote ${out}.{json,md} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    clearTimeout(watchdog);
    await browser.close();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
