/** The CLI, as built in dist/ (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(__dirname, '..', 'dist', 'cli.cjs');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

describe.skipIf(process.env.TESTENV !== 'dist')('cli (built)', () => {
  it('expands standard input', () => {
    const r = run(['expand'], 'Bí thư HU chủ trì');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Bí thư Huyện ủy chủ trì');
  });
  it('annotates a file as JSON by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-admin-ner-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Chủ tịch UBND huyện');
    const r = run(['annotate', file]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.abbreviations[0]).toMatchObject({ text: 'UBND', expansion: 'Ủy ban nhân dân', start: 9, end: 13 });
    expect(run([file]).stdout).toBe(r.stdout);
  });
  it('reads "-" as standard input and prints readable text', () => {
    const r = run(['annotate', '-', '--format', 'text'], 'đ/c Lan, Chủ tịch HĐND xã');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('HĐND');
    expect(r.stdout).toContain('→ Hội đồng nhân dân');
  });
  it('writes one line per input line in jsonl, keeping ids', () => {
    const input = ['{"id":"a1","text":"Bí thư HU"}', 'Chủ tịch UBND xã', '', '{"id":7,"text":"NTM"}'].join('\n') + '\n';
    const r = run(['annotate', '--format=jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a1', text: 'Bí thư HU' });
    expect(lines[0].abbreviations[0].expansion).toBe('Huyện ủy');
    expect(lines[1]).toMatchObject({ id: 2, text: 'Chủ tịch UBND xã' });
    expect(lines[2]).toMatchObject({ id: 3, text: '', abbreviations: [] });
    expect(lines[3].id).toBe(7);
    const e = run(['expand', '--format', 'jsonl'], '{"id":"x","text":"HU"}\n');
    expect(JSON.parse(e.stdout)).toEqual({ id: 'x', text: 'Huyện ủy' });
  });
  it('names a missing file and exits non-zero', () => {
    const r = run(['annotate', 'no-such-file.txt']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe('vn-admin-ner: cannot read "no-such-file.txt": no such file');
    const j = run(['annotate', 'no-such-file.txt', '--format', 'jsonl']);
    expect(j.status).not.toBe(0);
    expect(j.stderr.trim()).toBe('vn-admin-ner: cannot read "no-such-file.txt": no such file');
  });
  it('names a bad option and exits non-zero', () => {
    const r = run(['--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('vn-admin-ner: unknown format "xml" (use json, jsonl or text)');
    const u = run(['--colour']);
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('unknown option "--colour"');
  });
  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('Usage: vn-admin-ner');
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });
});
