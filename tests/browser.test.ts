/**
 * The playground in a real browser: Debian's Chromium (installed by
 * scripts/ensure-chromium.sh when /usr/bin/chromium is missing; nothing is
 * downloaded by npm) driven by puppeteer-core, the built playground served
 * from 127.0.0.1. Also checks, with the browser's own HTML parser, that the
 * text of toHtml's output is the input for hostile strings.
 *
 * Runs once, on the sources (skipped with TESTENV=dist: the page does not
 * depend on it). Without a browser it is skipped, except with CI=true, where
 * it fails. The screenshot goes to .tmp/playground.png, and to
 * docs/playground.png with UPDATE_SCREENSHOT=1.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotate, toHtml, toJSON } from '../src/index.js';
import { randomAnnotation } from './helpers/html.js';

const ROOT = join(__dirname, '..');
const SITE = join(ROOT, 'playground', 'dist');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SAMPLE = 'Đ/c Nguyễn Văn An- Bí thư HU, Chủ tịch HĐND huyện Mỹ Lộc phát biểu.';
const OTHER = 'Chiều 5/9, đ/c Phạm Thị Hoa, Phó Chủ tịch UBND tỉnh Nam Định làm việc với BTV HU về công tác NTM tại xã Mỹ Thuận.';

const RUN = process.env.TESTENV !== 'dist';
const CI = process.env.CI === 'true';

/** Install Chromium when it is missing; the reason it cannot be used, or undefined. */
function ensureChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { encoding: 'utf8', timeout: 20 * 60_000 });
  if (r.status === 0 && existsSync(CHROMIUM)) return undefined;
  const why = `${r.stderr ?? ''}`.trim().split('\n').slice(-3).join(' / ') || r.error?.message || `exit ${r.status}`;
  return `no ${CHROMIUM} and scripts/ensure-chromium.sh could not install it: ${why}`;
}

const unavailable = RUN ? ensureChromium() : undefined;
if (unavailable !== undefined && !CI) console.warn(`browser tests skipped: ${unavailable}`);

/** Build the playground (the lexicons first only when no build made them yet). */
function buildPlayground(): void {
  const generated = existsSync(join(ROOT, 'src', 'lexicon', 'generated'));
  const [cmd, args] = generated ? [process.execPath, ['playground/build.mjs']] : ['npm', ['run', '-s', 'build:playground']];
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`playground build failed: ${r.stderr || r.error?.message}`);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** A static server for playground/dist on 127.0.0.1, an ephemeral port. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
    if (relative(dir, file).startsWith('..') || !existsSync(file) || TYPES[extname(file)] === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)]! }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What the playground shows. */
function shown(page: Page) {
  return page.evaluate(() => ({
    text: document.querySelector('#result .vn-ner-text')?.textContent ?? null,
    marks: Array.from(document.querySelectorAll('#result mark')).map((m) => [m.getAttribute('data-type'), m.textContent]),
    expansions: Array.from(document.querySelectorAll('#result abbr')).map((a) => [a.textContent, a.getAttribute('data-expansion')]),
    people: Array.from(document.querySelectorAll('#result table.vn-ner-people tbody tr')).map((tr) => Array.from(tr.children).map((td) => td.textContent)),
    json: document.getElementById('json')?.textContent ?? '',
    value: (document.getElementById('text') as HTMLTextAreaElement).value,
    hash: location.hash,
    renders: Number((document.getElementById('result') as HTMLElement).dataset.renders ?? 0),
  }));
}

const waitForText = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction((t: string) => document.querySelector('#result .vn-ner-text')?.textContent === t, { timeout: 20_000 }, text);

describe.runIf(RUN && (unavailable === undefined || CI))('playground in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let base: string;
  let profile: string;
  const requests: string[] = [];
  const errors: string[] = [];

  // A failed setup fails every test (an error in beforeAll alone would only
  // skip them, and the summary line of npm test counts failed tests).
  let setupError: unknown;
  beforeAll(async () => {
    try {
      if (unavailable !== undefined) throw new Error(unavailable);
      buildPlayground();
      ({ server, base } = await serve(SITE));
      profile = mkdtempSync(join(tmpdir(), 'vn-admin-ner-chromium-'));
      browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, userDataDir: profile });
      page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 760 });
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    } catch (e) {
      setupError = e;
    }
  }, 300_000);
  beforeEach(() => {
    if (setupError !== undefined) throw setupError;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('annotates the text of the link on load', async () => {
    await page.goto(`${base}/index.html#text=${encodeURIComponent(SAMPLE)}`, { waitUntil: 'load' });
    await waitForText(page, SAMPLE);
    const s = await shown(page);
    const a = annotate(SAMPLE);
    expect(s.value).toBe(SAMPLE);
    expect(s.marks).toEqual(a.entities.map((e) => [e.type, e.text]));
    const types = new Set(s.marks.map(([t]) => t));
    for (const t of ['PER', 'ROLE', 'ORG']) expect(types).toContain(t);
    if (a.entities.some((e) => e.type === 'LOC')) expect(types).toContain('LOC');
    expect(s.expansions).toContainEqual(['HU', 'Huyện ủy']);
    expect(await page.$('#result mark[data-type="ORG"] abbr[data-expansion="Huyện ủy"]')).not.toBeNull();
    expect(s.people[0]?.[0]).toBe('Nguyễn Văn An');
    expect(JSON.parse(s.json)).toEqual(JSON.parse(toJSON(a)));
  });

  it('shows its example without a link, with type labels and place codes; screenshot', async () => {
    await page.goto(`${base}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => Number(document.getElementById('result')?.dataset.renders) >= 1, { timeout: 20_000 });
    const s = await shown(page);
    expect(s.text).toBe(s.value);
    expect(new Set(s.marks.map(([t]) => t))).toEqual(new Set(['PER', 'ROLE', 'ORG', 'LOC']));
    expect(s.people.length).toBeGreaterThanOrEqual(2);
    expect(decodeURIComponent(s.hash.slice('#text='.length))).toBe(s.value);
    const labels = await page.$$eval('#result mark', (ms) =>
      ms.map((m) => [m.getAttribute('data-type'), m.getAttribute('data-place-code'), getComputedStyle(m, '::after').content]),
    );
    for (const [type, code, label] of labels) expect(label).toBe(code === null ? `"${type}"` : `"${type} ${code}"`);
    expect(labels.some(([, code]) => code !== null)).toBe(true);
    const colours = await page.$$eval('#result mark', (ms) => ms.map((m) => getComputedStyle(m).backgroundColor));
    expect(new Set(colours).size).toBe(4);
    const shot = join(ROOT, '.tmp', 'playground.png');
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await page.screenshot({ path: shot as `${string}.png`, fullPage: true });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(shot, join(ROOT, 'docs', 'playground.png'));
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
  });

  it('follows what is typed and puts it in the link', async () => {
    const before = (await shown(page)).renders;
    await page.click('#text');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.type('#text', OTHER);
    await waitForText(page, OTHER);
    const s = await shown(page);
    expect(s.renders).toBeGreaterThan(before);
    expect(s.value).toBe(OTHER);
    expect(s.marks).toEqual(annotate(OTHER).entities.map((e) => [e.type, e.text]));
    expect(s.marks.map(([t]) => t)).toEqual(expect.arrayContaining(['PER', 'ROLE', 'ORG', 'LOC']));
    expect(s.expansions).toContainEqual(['NTM', 'nông thôn mới']);
    expect(s.hash).toBe(`#text=${encodeURIComponent(OTHER)}`);
    expect(decodeURIComponent(s.hash.slice('#text='.length))).toBe(OTHER);
  });

  it('waits for the button when live update is off', async () => {
    await page.click('#live');
    const before = (await shown(page)).renders;
    await page.type('#text', ' Bí thư HU dự.');
    await new Promise((r) => setTimeout(r, 400));
    expect((await shown(page)).renders).toBe(before);
    await page.click('#annotate');
    await waitForText(page, `${OTHER} Bí thư HU dự.`);
    expect((await shown(page)).hash).toBe(`#text=${encodeURIComponent(`${OTHER} Bí thư HU dự.`)}`);
  });

  it('opens a shared link, and a changed fragment, in a fresh page', async () => {
    const other = await browser.newPage();
    try {
      await other.goto(`${base}/index.html#text=${encodeURIComponent(OTHER)}`, { waitUntil: 'load' });
      await waitForText(other, OTHER);
      await other.evaluate((t: string) => (location.hash = `#text=${encodeURIComponent(t)}`), SAMPLE);
      await waitForText(other, SAMPLE);
      expect(await other.$eval('#text', (el) => (el as HTMLTextAreaElement).value)).toBe(SAMPLE);
    } finally {
      await other.close();
    }
  });

  it('works from disk, without a server', async () => {
    const other = await browser.newPage();
    try {
      await other.goto(`${pathToFileURL(join(SITE, 'index.html')).href}#text=${encodeURIComponent(SAMPLE)}`, { waitUntil: 'load' });
      await waitForText(other, SAMPLE);
      expect(await other.$$eval('#result mark', (ms) => ms.length)).toBe(annotate(SAMPLE).entities.length);
    } finally {
      await other.close();
    }
  });

  it('renders toHtml’s whole page, styled under its own content security policy', async () => {
    const other = await browser.newPage();
    const blocked: string[] = [];
    other.on('console', (m) => blocked.push(m.text()));
    try {
      const text = `${SAMPLE}\r\nDòng 2: <b>"&"</b> 😀`;
      await other.setContent(toHtml(annotate(text), { title: 'Báo cáo' }), { waitUntil: 'load' });
      expect(await other.title()).toBe('Báo cáo');
      expect(await other.$eval('.vn-ner-text', (el) => el.textContent)).toBe(text);
      expect(await other.$eval('.vn-ner-text', (el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
      const colours = await other.$$eval('mark', (ms) => ms.map((m) => getComputedStyle(m).backgroundColor));
      expect(colours.length).toBe(annotate(text).entities.length);
      for (const c of colours) expect(c).not.toBe('rgba(0, 0, 0, 0)');
      expect(await other.$$eval('table.vn-ner-people tbody tr', (trs) => trs.length)).toBe(2);
      expect(blocked).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('gives back hostile text through the browser’s HTML parser', async () => {
    const cases = fc.sample(randomAnnotation, { seed: 20261203, numRuns: 300 });
    const inputs = cases.map((a) => ({ html: toHtml(a, { fragment: true }), text: a.text.replace(/\0/gu, '\ufffd') }));
    const bad = await page.evaluate((xs: { html: string; text: string }[]) => {
      const host = document.createElement('div');
      return xs.flatMap((x, i) => {
        host.innerHTML = x.html;
        const div = host.querySelector('.vn-ner-text');
        return div?.textContent === x.text && host.querySelectorAll('script, img').length === 0 ? [] : [i];
      });
    }, inputs);
    expect(bad.map((i) => JSON.stringify(cases[i]!.text))).toEqual([]);
  });

  it('loaded nothing but the playground and logged no error', () => {
    expect(errors).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(`${base}/`) && !u.startsWith('file://'));
    expect(foreign).toEqual([]);
  });
});
