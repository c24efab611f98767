/** The CLI, as built in dist/ (npm test builds first). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationPieces, jsonStringPieces } from '../src/cli/json-out.js';
import { rawId } from '../src/cli/raw-id.js';
import { bounded, processRecord } from '../src/cli/record.js';
import { replacedInUtf8, sniffBom, WideDecoder, type Unicode } from '../src/cli/unicode.js';
import { annotate, toJSON } from '../src/index.js';

const CLI = join(__dirname, '..', 'dist', 'cli.cjs');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const tmp = (name: string, content: string | Uint8Array): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'vn-admin-ner-')), name);
  writeFileSync(file, content);
  return file;
};

/** Text in the genre's style, written for these tests. */
const GENRE = [
  'Chiều 12/4, Thường trực HU họp cho ý kiến vào dự thảo báo cáo KT-XH, QP-AN quý I.',
  'Đ/c Nguyễn Văn An- Bí thư HU, Chủ tịch HĐND huyện phát biểu; đ/c Lê Thị Hồng- Phó Chủ tịch UBND huyện báo cáo.',
  'UBND xã Tân Phong, huyện Mỹ Lộc, tỉnh Nam Định hoàn thành 19/19 tiêu chí NTM; MTTQ và các đoàn thể vận động nhân dân.',
  'Thực hiện NQ số 05-NQ/HU, BCĐ huyện kiểm tra 12 xã; CT UBND tỉnh ký QĐ 212/QĐ-UBND về GPMB.',
].join(' ');
/** GENRE repeated to at least `chars` characters. */
const genre = (chars: number): string => (GENRE + '\n').repeat(Math.ceil(chars / (GENRE.length + 1)));

const TEXT = 'Chủ tịch UBND huyện Tân Phong phát biểu. Đ/c Trần Văn Hưng, Bí thư HU dự họp.\nHĐND xã thông qua 4 NQ.';
/** `Chủ tịch HĐND huyện` in VNI (VNI-Windows fonts), written from the table in src/legacy/vni.ts. */
const VNI = 'Chuû tòch HÑND huyeän';
const UNICODE = 'Chủ tịch HĐND huyện';
/** The same in TCVN3 bytes (src/legacy/tables.ts): ủ=0xF1, ị=0xDE, Đ=0xA7, ệ=0xD6; not valid UTF-8. */
const TCVN3 = new Uint8Array([0x43, 0x68, 0xf1, 0x20, 0x74, 0xde, 0x63, 0x68, 0x20, 0x48, 0xa7, 0x4e, 0x44, 0x20, 0x68, 0x75, 0x79, 0xd6, 0x6e]);
/** The same in Windows-1258 (base letter + tone byte: ủ = u 0xD2, ị = i 0xF2, Đ = 0xD0, ệ = ê 0xF2). */
const CP1258 = new Uint8Array([0x43, 0x68, 0x75, 0xd2, 0x20, 0x74, 0x69, 0xf2, 0x63, 0x68, 0x20, 0x48, 0xd0, 0x4e, 0x44, 0x20, 0x68, 0x75, 0x79, 0xea, 0xf2, 0x6e]);

/** `text` with a byte order mark in a Unicode encoding. */
function encode(text: string, encoding: Unicode): Buffer {
  const withBom = '\ufeff' + text;
  if (encoding === 'UTF-8') return Buffer.from(withBom, 'utf8');
  if (encoding.startsWith('UTF-16')) {
    const b = Buffer.from(withBom, 'utf16le');
    return encoding === 'UTF-16BE' ? b.swap16() : b;
  }
  const cps = [...withBom].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, k) => (encoding === 'UTF-32LE' ? b.writeUInt32LE(cp, k * 4) : b.writeUInt32BE(cp, k * 4)));
  return b;
}
const UNICODES: Unicode[] = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'UTF-32LE', 'UTF-32BE'];

/** Remove inline markup and its escapes. */
function stripInline(markup: string): string {
  return markup
    .replace(/\{((?:\\.|[^=}\\])*)=(?:\\.|[^}\\])*\}/gu, '$1')
    .replace(/(?<!\\)\[(?:PER|ROLE|ORG|LOC) /gu, '')
    .replace(/(?<!\\)\]/gu, '')
    .replace(/\\(.)/gu, '$1');
}

describe.skipIf(process.env.TESTENV !== 'dist')('cli (built)', () => {
  it('expands standard input', () => {
    const r = run(['expand'], 'Bí thư HU chủ trì');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Bí thư Huyện ủy chủ trì');
    expect(r.stderr).toBe('');
  });
  it('annotates a file as JSON by default', () => {
    const file = tmp('a.txt', 'Chủ tịch UBND huyện');
    const r = run(['annotate', file]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.abbreviations[0]).toMatchObject({ text: 'UBND', expansion: 'Ủy ban nhân dân', start: 9, end: 13 });
    expect(Object.keys(a)).toEqual(['text', 'entities', 'abbreviations', 'people', 'relations']);
    expect(run([file]).stdout).toBe(r.stdout);
    expect(run([file, '--format', 'json']).stdout).toBe(r.stdout);
  });
  it('reads "-" as standard input and prints readable text', () => {
    const r = run(['annotate', '-', '--format', 'text'], 'đ/c Lan, Chủ tịch HĐND xã');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('HĐND');
    expect(r.stdout).toContain('→ Hội đồng nhân dân');
    expect(r.stdout).toContain('Entities (');
  });

  describe('formats', () => {
    it('conll: TOKEN<TAB>TAG lines, a blank line between sentences', () => {
      const r = run(['--format', 'conll'], TEXT);
      expect(r.status).toBe(0);
      expect(r.stdout.endsWith('\n')).toBe(true);
      const sentences = r.stdout.trimEnd().split('\n\n');
      expect(sentences.length).toBe(3);
      const rows = sentences.flatMap((s) => s.split('\n'));
      for (const row of rows) expect(row).toMatch(/^[^\t\n]+\t(?:O|[BI]-(?:PER|ROLE|ORG|LOC))$/u);
      expect(rows).toContain('UBND\tB-ORG');
      expect(rows).toContain('Hưng\tI-PER');
      // the tokens are the text's, in order
      let at = 0;
      for (const row of rows) {
        const token = row.split('\t')[0]!;
        at = TEXT.indexOf(token, at);
        expect(at).toBeGreaterThanOrEqual(0);
        at += token.length;
      }
    });
    it('brat: standoff lines whose offsets slice to their text', () => {
      const r = run(['--format=brat'], TEXT);
      expect(r.status).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      const ids = new Set<string>();
      for (const line of lines) {
        const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/u.exec(line);
        if (t) {
          ids.add(t[1]!);
          const frags = t[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
          expect(frags.map(([s, e]) => TEXT.slice(s, e)).join(' ')).toBe(t[4]);
          continue;
        }
        const note = /^#\d+\tAnnotatorNotes (T\d+)\t(.+)$/u.exec(line);
        expect(note, line).not.toBeNull();
        expect(ids.has(note![1]!)).toBe(true);
      }
      const ubnd = lines.find((l) => l.endsWith('\tAbbreviation 9 13\tUBND'))!.split('\t')[0]!;
      expect(lines.some((l) => new RegExp(`^#\\d+\\tAnnotatorNotes ${ubnd}\\tỦy ban nhân dân$`, 'u').test(l))).toBe(true);
      expect(lines.some((l) => /^T\d+\tPER \d+ \d+\tTrần Văn Hưng$/u.test(l))).toBe(true);
    });
    it('inline: the markup strips back to the input', () => {
      const input = TEXT + ' [trích] {x}';
      const r = run(['--format', 'inline'], input);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('[ORG {UBND=Ủy ban nhân dân} huyện Tân Phong]');
      expect(r.stdout).toContain('\\[trích\\]');
      expect(stripInline(r.stdout)).toBe(input);
    });
    it('expanded: the expanded text, as the expand command', () => {
      const r = run(['annotate', '--format', 'expanded'], TEXT);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Chủ tịch Ủy ban nhân dân huyện Tân Phong');
      expect(r.stdout).toBe(run(['expand'], TEXT).stdout);
      expect(run(['expand', '--format', 'text'], TEXT).stdout).toBe(r.stdout);
      expect(JSON.parse(run(['expand', '--format', 'json'], TEXT).stdout)).toEqual({ text: r.stdout });
    });
    it('expand refuses the formats of an annotation', () => {
      for (const f of ['conll', 'brat', 'inline']) {
        const r = run(['expand', '--format', f], 'HU');
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(new RegExp(`^vn-admin-ner: format "${f}" needs the annotate command .*\\n$`, 'u'));
      }
    });
    it('json: a big annotation is written in pieces that join to toJSON', () => {
      const text = genre(400_000);
      const file = tmp('big.txt', text);
      const r = run([file]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(toJSON(annotate(text)) + '\n');
      const e = run(['expand', '--format', 'json', file]);
      expect(JSON.parse(e.stdout).text).toBe(run(['expand', file]).stdout);
    }, 60_000);
    it('writes nothing for empty input', () => {
      for (const f of ['conll', 'brat', 'inline', 'expanded']) expect(run(['--format', f], '')).toMatchObject({ status: 0, stdout: '', stderr: '' });
      expect(JSON.parse(run([], '').stdout)).toEqual({ text: '', entities: [], abbreviations: [], people: [], relations: [] });
    });
  });

  describe('--encoding', () => {
    it('vni: decodes before annotating; never applied unless asked', () => {
      const r = run(['--encoding', 'vni'], VNI);
      expect(r.status).toBe(0);
      const a = JSON.parse(r.stdout);
      expect(a.text).toBe(UNICODE);
      expect(a.abbreviations).toMatchObject([{ text: 'HĐND', expansion: 'Hội đồng nhân dân', start: 9, end: 13 }]);
      expect(a.entities.map((e: { type: string; text: string }) => [e.type, e.text])).toEqual([
        ['ROLE', 'Chủ tịch'],
        ['ORG', 'HĐND huyện'],
      ]);
      const plain = JSON.parse(run([], VNI).stdout);
      expect(plain.text).toBe(VNI);
      expect(run(['expand', '--encoding=vni'], VNI).stdout).toBe('Chủ tịch Hội đồng nhân dân huyện');
    });
    it('auto: detects VNI, and leaves Unicode and plain text alone', () => {
      expect(run(['--encoding', 'auto', '--format', 'inline'], VNI).stdout).toBe('[ROLE Chủ tịch] [ORG {HĐND=Hội đồng nhân dân} huyện]');
      expect(run(['--encoding', 'auto', '--format', 'inline'], UNICODE).stdout).toBe('[ROLE Chủ tịch] [ORG {HĐND=Hội đồng nhân dân} huyện]');
      expect(run(['--encoding', 'auto', '--format', 'expanded'], 'Meeting at 10 am, HU').stdout).toBe('Meeting at 10 am, Huyện ủy');
    });
    it('tcvn3: reads the raw bytes of a file', () => {
      const file = tmp('tcvn3.txt', TCVN3);
      for (const enc of ['tcvn3', 'auto']) {
        const r = run([file, '--encoding', enc]);
        expect(r.status).toBe(0);
        expect(JSON.parse(r.stdout).text).toBe(UNICODE);
      }
      // without --encoding the bytes are read as UTF-8 (and mangled)
      expect(JSON.parse(run([file]).stdout).text).not.toBe(UNICODE);
    });
    it('tcvn3 saved as UTF-8 by an editor that read it as Latin-1, and cp1258 bytes on standard input', () => {
      const file = tmp('tcvn3-utf8.txt', Buffer.from(TCVN3).toString('latin1'));
      expect(JSON.parse(run([file, '--encoding', 'tcvn3']).stdout).text).toBe(UNICODE);
      expect(JSON.parse(run(['-', '--encoding', 'cp1258'], Buffer.from(CP1258)).stdout).text).toBe(UNICODE);
      expect(JSON.parse(run(['-', '--encoding', 'auto'], Buffer.from(CP1258)).stdout).text).toBe(UNICODE);
    });
    it('jsonl: decodes the text of each record (and raw legacy lines)', () => {
      const input = Buffer.concat([
        Buffer.from(`{"id":"v","text":${JSON.stringify(VNI)}}\n${VNI}\n{"id":"u","text":"${UNICODE}"}\n`),
        Buffer.from(TCVN3),
        Buffer.from('\n'),
      ]);
      const r = run(['--format', 'jsonl', '--encoding', 'auto'], input);
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.id, l.text])).toEqual([
        ['v', UNICODE],
        [2, UNICODE],
        ['u', UNICODE],
        [4, UNICODE],
      ]);
      const v = run(['expand', '--format', 'jsonl', '--encoding', 'vni'], `{"id":1,"text":${JSON.stringify(VNI)}}\n`);
      expect(JSON.parse(v.stdout)).toEqual({ id: 1, text: 'Chủ tịch Hội đồng nhân dân huyện' });
    });
    it('honours a UTF-16 or UTF-32 byte order mark (LE and BE) and drops a UTF-8 one', () => {
      const text = `${UNICODE} 😀 họp.\nĐ/c Nguyễn Văn An- Bí thư HU.`;
      for (const encoding of UNICODES) {
        const file = tmp('bom.txt', encode(text, encoding));
        const r = run([file]);
        expect(r.status, encoding).toBe(0);
        expect(r.stderr).toBe('');
        const a = JSON.parse(r.stdout);
        expect(a.text, encoding).toBe(text);
        expect(a.abbreviations[0]).toMatchObject({ text: 'HĐND', start: 9, end: 13 });
        expect(run(['expand'], encode(text, encoding)).stdout).toBe(run(['expand'], text).stdout);
        const jsonl = encode(`{"id":"a","text":${JSON.stringify(UNICODE)}}\r\nBí thư HU 😀\n`, encoding);
        const j = run(['--format', 'jsonl', '-'], jsonl);
        expect(j.stdout.trimEnd().split('\n').map((l) => [JSON.parse(l).id, JSON.parse(l).text]), encoding).toEqual([
          ['a', UNICODE],
          [2, 'Bí thư HU 😀'],
        ]);
      }
      // with --encoding: the byte order mark first, then the legacy decoding
      expect(JSON.parse(run(['--encoding', 'vni'], encode(VNI, 'UTF-16BE')).stdout).text).toBe(UNICODE);
    });
    it('warns in one line about invalid UTF-8, counting the replaced sequences, and still annotates', () => {
      const bad = Buffer.concat([Buffer.from('Bí thư HU '), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(' \ufffd họp')]);
      const r = run([], bad);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(
        'vn-admin-ner: warning: standard input is not valid UTF-8: 2 invalid byte sequences replaced by U+FFFD; for text in a legacy Vietnamese font use --encoding\n',
      );
      expect(JSON.parse(r.stdout).abbreviations[0].expansion).toBe('Huyện ủy');
      const j = run(['--format', 'jsonl'], Buffer.concat([bad, Buffer.from('\nHĐND\n'), Buffer.from([0x48, 0x55, 0x20, 0xe1, 0xbb, 0x0a])]));
      expect(j.status).toBe(0);
      expect(j.stdout.trimEnd().split('\n')).toHaveLength(3);
      expect(j.stderr).toBe(
        'vn-admin-ner: warning: 2 lines are not valid UTF-8 (first: line 1): 3 invalid byte sequences replaced by U+FFFD; for text in a legacy Vietnamese font use --encoding\n',
      );
      expect(run(['--encoding', 'tcvn3'], Buffer.from(TCVN3)).stderr).toBe('');
    });
    it('names a bad or missing encoding', () => {
      const r = run(['--encoding', 'latin9'], 'x');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('vn-admin-ner: unknown encoding "latin9" (use tcvn3, vni, viqr, cp1258 or auto)\n');
      const m = run(['annotate', '--encoding']);
      expect(m.status).toBe(2);
      expect(m.stderr).toBe('vn-admin-ner: --encoding needs a value: tcvn3, vni, viqr, cp1258 or auto\n');
      expect(run(['--encoding=UTF-8'], 'x').stderr).toContain('unknown encoding "UTF-8"');
    });
  });

  describe('jsonl', () => {
    it('writes one line per input line, keeping ids', () => {
      const input = ['{"id":"a1","text":"Bí thư HU"}', 'Chủ tịch UBND xã', '', '{"id":7,"text":"NTM"}'].join('\n') + '\n';
      const r = run(['annotate', '--format=jsonl'], input);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
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
    it('numbers raw lines from a file, with CRLF, a BOM and no final line break', () => {
      const file = tmp('in.jsonl', '\ufeffBí thư HU\r\n{"id":null,"text":"HĐND"}\r\n\r\nNTM');
      const r = run([file, '--format', 'jsonl']);
      expect(r.status).toBe(0);
      expect(r.stdout.endsWith('\n')).toBe(true);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.id, l.text])).toEqual([
        [1, 'Bí thư HU'],
        [null, 'HĐND'],
        [3, ''],
        [4, 'NTM'],
      ]);
    });
    it('answers a line longer than --max-line-mb with an error record and goes on', () => {
      const huge = 'HU '.repeat(400_000); // 1.2 MB
      const r = run(['--format', 'jsonl', '--max-line-mb', '1'], `Bí thư HU\n${huge}\nHĐND xã\n${huge}`);
      expect(r.status).toBe(1);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual([1, 2, 3, 4]);
      expect(lines[1]).toEqual({ id: 2, error: 'line 2 is longer than 1 MB (--max-line-mb); skipped' });
      expect(lines[2].text).toBe('HĐND xã');
      expect(lines[3].error).toContain('line 4 is longer');
      expect(r.stderr).toBe(
        'vn-admin-ner: 2 of 4 records failed, written as {"id", "error"} lines (first: line 2 is longer than 1 MB (--max-line-mb); skipped)\n',
      );
      const ok = run(['expand', '--format', 'jsonl', '--max-line-mb=2'], `${huge}\n`);
      expect(ok.status).toBe(0);
      expect(JSON.parse(ok.stdout).text).toBe('Huyện ủy '.repeat(400_000));
    });
    it('never loses a record: a 7 MiB line of abbreviations between two good lines', () => {
      const big = 'TU,'.repeat(Math.ceil((7 * 2 ** 20) / 3));
      for (const [middle, id] of [
        [big, 2],
        [JSON.stringify({ id: 'big', text: big }), 'big'],
      ] as const) {
        const r = run(['--format', 'jsonl'], `{"id":"a","text":"Bí thư HU"}\n${middle}\n{"id":"c","text":"HĐND xã"}\n`);
        expect(r.status).toBe(1);
        const lines = r.stdout.split('\n');
        expect(lines.pop()).toBe('');
        expect(lines.map((l) => JSON.parse(l).id)).toEqual(['a', id, 'c']);
        expect(JSON.parse(lines[1]!)).toEqual({ id, error: 'line 2 is longer than 4 MB (--max-line-mb); skipped' });
        expect(JSON.parse(lines[2]!).abbreviations[0].expansion).toBe('Hội đồng nhân dân');
        expect(r.stderr).toMatch(/^vn-admin-ner: 1 of 3 records failed, written as \{"id", "error"\} lines \(first: line 2 is longer [^\n]*\)\n$/u);
      }
    });
    it('keeps an over-long line\'s own id when its first part holds it', () => {
      const huge = 'HU '.repeat(400_000);
      const r = run(['--format', 'jsonl', '--max-line-mb', '1'], `{"text":"${huge}","id":"late"}\n{"id": 123456789012345678901, "text":"${huge}"}\n`);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(
        '{"id":1,"error":"line 1 is longer than 1 MB (--max-line-mb); skipped"}\n' +
          '{"id":123456789012345678901,"error":"line 2 is longer than 1 MB (--max-line-mb); skipped"}\n',
      );
    });
    it('copies the id as written, byte for byte', () => {
      const ids = ['12345678901234567890', '1e400', '-0.10', '"a\\"b\\u00e9"', '{"k": [1, "}"]}', 'null', 'true'];
      const input = ids.map((id, k) => (k % 2 ? `{"text":"HU", "id":${id}}` : `{ "id" : ${id} ,"text":"HU"}`)).join('\n') + '\n';
      const r = run(['--format', 'jsonl'], input);
      expect(r.status).toBe(0);
      const out = r.stdout.trimEnd().split('\n');
      expect(out.map((l) => l.slice(0, l.indexOf(',"text"')))).toEqual(ids.map((id) => `{"id":${id}`));
      expect(run(['expand', '--format', 'jsonl'], '{"id":1e400,"text":"HU"}\n').stdout).toBe('{"id":1e400,"text":"Huyện ủy"}\n');
      // a repeated key: the last one, as JSON.parse reads it; an escaped key is still "id"
      expect(run(['--format', 'jsonl'], '{"id":1,"id":2,"text":""}\n{"\\u0069d":3,"text":""}\n').stdout).toMatch(/^\{"id":2,.*\n\{"id":3,/u);
    });
    it('answers a JSON-looking line that is not a record with an error record and goes on', () => {
      const input = ['{"id":7}', '{"id":8,"text":5}', '{"id":9,"text":"HU"', '{x} Bí thư HU', '[1,2]', '{}', '"HU"'].join('\n') + '\n';
      const r = run(['--format', 'jsonl'], input);
      expect(r.status).toBe(1);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.id, l.error ?? l.text])).toEqual([
        [7, 'line 1: a JSON line needs to be an object with a string "text"'],
        [8, 'line 2: a JSON line needs to be an object with a string "text"'],
        [9, expect.stringMatching(/^line 3: invalid JSON \(.+\)$/u)],
        [4, '{x} Bí thư HU'],
        [5, '[1,2]'],
        [6, 'line 6: a JSON line needs to be an object with a string "text"'],
        [7, '"HU"'],
      ]);
      expect(r.stderr).toBe(
        'vn-admin-ner: 4 of 7 records failed, written as {"id", "error"} lines (first: line 1: a JSON line needs to be an object with a string "text")\n',
      );
    });
    it('writes a big record in pieces that join to toJSON, id first', () => {
      const text = genre(400_000); // over 20,000 entities and abbreviations: written in pieces
      const a = annotate(text);
      expect(a.entities.length + a.abbreviations.length).toBeGreaterThan(20_000);
      const r = run(['--format', 'jsonl'], `{"text":${JSON.stringify(text)},"id":1e400}\nHU\n`);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`{"id":1e400,${toJSON(a, { indent: 0 }).slice(1)}\n{"id":2,${toJSON(annotate('HU'), { indent: 0 }).slice(1)}\n`);
    }, 60_000);
    // Heavy (a minute, 4 GB of memory): VN_ADMIN_NER_HEAVY_TESTS=1 to run it.
    it.runIf(process.env.VN_ADMIN_NER_HEAVY_TESTS === '1')('answers a record longer than one string can hold with an error record', () => {
      const big = 'TU,'.repeat(Math.ceil((7 * 2 ** 20) / 3)); // 2.4 million abbreviations: about 544 million characters of JSON
      const r = run(['--format', 'jsonl', '--max-line-mb', '8'], `{"id":"a","text":"Bí thư HU"}\n{"id":"big","text":"${big}"}\nHĐND xã\n`);
      expect(r.status).toBe(1);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(['a', 'big', 3]);
      expect(lines[1]).toEqual({ id: 'big', error: 'line 2: the output would be longer than 536870888 characters, the most one JSON line may hold' });
    }, 600_000);
    it('ends quietly with exit 0 when the reader goes away (EPIPE)', async () => {
      const record = (n: number) => JSON.stringify({ id: n, text: `Chiều ${n % 28}/3, Thường trực HU họp; đ/c Trần Văn Hưng, Chủ tịch UBND huyện chủ trì.` });
      const file = tmp('big.jsonl', Array.from({ length: 20_000 }, (_, n) => record(n)).join('\n') + '\n');
      const child = spawn(process.execPath, [CLI, 'annotate', '--format', 'jsonl', file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      let first = '';
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString('utf8');
        child.stdout.destroy();
      });
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
      expect(first).toMatch(/^\{"id":0,"text":"Chiều 0\/3/u);
      expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    }, 30_000);
  });

  it('shows progress on standard error only when it is a terminal, and clears it', async () => {
    const preload = tmp('tty.cjs', "Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });\n");
    const child = spawn(process.execPath, ['-r', preload, CLI, '--format', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    /** Until `n` lines are answered (a loaded machine may start the child late). */
    const answered = async (n: number) => {
      while (stdout.split('\n').length <= n) await sleep(20);
    };
    child.stdin.write('Bí thư HU\n');
    await answered(1);
    await sleep(800);
    child.stdin.write('Chủ tịch UBND xã\n');
    await answered(2);
    await sleep(300);
    child.stdin.end('HĐND\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr).toMatch(/^(?:\r\x1b\[Kvn-admin-ner: \d lines, 0\.0 MB read)+\r\x1b\[K$/u);
    expect(stderr).toContain('2 lines, 0.0 MB read');
  }, 30_000);

  it('refuses a text too large to annotate whole, up front, in one line (never a heap abort)', () => {
    const hu = 'HU\n'.repeat(4_000_000); // 11.4 MB: took over 4 GB and aborted with exit 134 (before the core's rewrite)
    const file = tmp('hu.txt', hu);
    for (const args of [[file], [file, '--format', 'conll'], ['expand', file]]) {
      const r = run(args);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`vn-admin-ner: ${JSON.stringify(file)} is 11.4 MB, more than the 8 MB that can be annotated as one text; use --format jsonl to annotate it line by line\n`);
    }
    const stdin = run(['--format', 'inline'], hu);
    expect(stdin.status).toBe(1);
    expect(stdin.stderr).toBe(
      'vn-admin-ner: standard input is more than the 8 MB that can be annotated as one text; use --format jsonl to annotate it line by line\n',
    );
    const lines = run(['--format', 'jsonl', '--max-line-mb', '1'], 'HU\n'.repeat(1000));
    expect(lines.status).toBe(0);
    expect(lines.stdout.split('\n')).toHaveLength(1001);
  }, 60_000);
  describe('--jobs and several files', () => {
    /** Good and bad records of every kind, over several batches. */
    const mixed = (): Buffer => {
      const parts: Buffer[] = [];
      const sentences = GENRE.split(/(?<=\.) /u);
      for (let k = 0; k < 2600; k++) {
        const text = sentences[k % sentences.length]!;
        const kinds = [
          JSON.stringify({ id: `r${k}`, text }),
          text,
          `{"id":${k}}`,
          `{"id":${k},"text":"HU`,
          JSON.stringify({ text: text.repeat(200), id: k }), // over --max-line-mb
          `{"id":1e400,"text":"HĐND \u00e9"}`,
          `Đ/c Lê Thị Hồng 😀 dự họp 🇻🇳 ${k}`, // 4-byte UTF-8 in the output
          `{"id":"s${k}","text":"HU \\ud800 lẻ"}`, // a lone surrogate, escaped in the output
        ];
        parts.push(Buffer.from(kinds[k % kinds.length]! + (k % 2 ? '\r\n' : '\n')));
        if (k % 500 === 7) parts.push(Buffer.from([0x48, 0x55, 0x20, 0xff, 0x0a])); // invalid UTF-8
      }
      return Buffer.concat(parts);
    };
    it('jsonl: the same bytes, errors and exit status with any number of workers', () => {
      const input = mixed();
      const one = run(['--format', 'jsonl', '--max-line-mb', '0.01'], input);
      expect(one.status).toBe(1);
      expect(one.stdout.split('\n')).toHaveLength(2600 + 6 + 1);
      expect(one.stderr.split('\n')).toHaveLength(3); // the invalid UTF-8 warning, the failed count
      for (const jobs of ['2', '3']) {
        const r = run(['--format', 'jsonl', '--max-line-mb', '0.01', '--jobs', jobs], input);
        expect({ status: r.status, stderr: r.stderr }).toEqual({ status: one.status, stderr: one.stderr });
        expect(r.stdout === one.stdout, `--jobs ${jobs} wrote other bytes`).toBe(true);
      }
    }, 120_000);
    it('several files: each output in argument order, the same with workers', () => {
      const a = tmp('a.txt', TEXT);
      const b = tmp('b.txt', genre(3000));
      const c = tmp('c.txt', encode('Bí thư HU', 'UTF-16LE'));
      for (const format of ['json', 'conll', 'expanded']) {
        const alone = [a, b, c].map((f) => run([f, '--format', format]).stdout).join('');
        expect(run([a, b, c, '--format', format]).stdout).toBe(alone);
        expect(run([a, b, c, '--format', format, '--jobs', '2']).stdout).toBe(alone);
      }
      const j1 = tmp('1.jsonl', '{"id":"x","text":"HU"}\nBí thư HU\n');
      const j2 = tmp('2.jsonl', 'HĐND xã\n{"id":5}\n');
      const r = run(['--format', 'jsonl', j1, '-', j2], 'UBND\n');
      expect(r.status).toBe(1);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.id, l.text ?? l.error])).toEqual([
        ['x', 'HU'],
        [2, 'Bí thư HU'],
        [1, 'UBND'],
        [1, 'HĐND xã'],
        [5, `${JSON.stringify(j2)} line 2: a JSON line needs to be an object with a string "text"`],
      ]);
      const w = run(['--format', 'jsonl', j1, '-', j2, '--jobs=2'], 'UBND\n');
      expect([w.status, w.stdout, w.stderr]).toEqual([r.status, r.stdout, r.stderr]);
      // every file is checked before anything is written
      const missing = run([a, 'no-such.txt', '--jobs', '2']);
      expect([missing.status, missing.stdout, missing.stderr]).toEqual([1, '', 'vn-admin-ner: cannot read "no-such.txt": no such file\n']);
    }, 120_000);
    it('names a bad --jobs value (exit 2) and takes auto', () => {
      for (const [value, shown] of [['0', '"0"'], ['x', '"x"'], ['1.5', '"1.5"'], ['-1', '"-1"'], ['', '""'], ['999', '"999"']]) {
        const r = run(['--format', 'jsonl', `--jobs=${value}`], 'HU\n');
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`vn-admin-ner: --jobs needs a whole number from 1 to 256 or "auto", got ${shown}\n`);
      }
      expect(run(['--jobs']).stderr).toBe('vn-admin-ner: --jobs needs a whole number from 1 to 256 or "auto", got nothing\n');
      const auto = run(['--format', 'jsonl', '--jobs', 'auto'], 'HU\n');
      expect([auto.status, JSON.parse(auto.stdout).id]).toEqual([0, 1]);
    });
    it('answers each line as it comes when the input is a slow stream', async () => {
      for (const jobs of ['1', '2']) {
        const child = spawn(process.execPath, [CLI, '--format', 'jsonl', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'ignore'] });
        const lines: string[] = [];
        let wait: (() => void) | undefined;
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          lines.push(...d.split('\n').filter(Boolean));
          wait?.();
        });
        const next = (n: number) => new Promise<void>((resolve) => (lines.length >= n ? resolve() : (wait = () => lines.length >= n && resolve())));
        child.stdin.write('Bí thư HU\n');
        await next(1);
        child.stdin.write('{"id":"b","text":"HĐND"}\n');
        await next(2); // answered before the input ends
        child.stdin.end();
        await new Promise((r) => child.on('close', r));
        expect(lines.map((l) => JSON.parse(l).id)).toEqual([1, 'b']);
      }
    }, 30_000);
    it('reads no further ahead than a few batches when the output is not read (backpressure)', async () => {
      const child = spawn(process.execPath, [CLI, '--format', 'jsonl', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'ignore'] });
      child.stdout.pause(); // nobody reads the output
      child.stdin.on('error', () => undefined); // EPIPE once it is killed
      const line = Buffer.from(JSON.stringify({ id: 1, text: GENRE }) + '\n');
      const total = 40 * 2 ** 20;
      let accepted = 0;
      const feed = async () => {
        while (accepted < total && child.exitCode === null) {
          const ok = child.stdin.write(Buffer.concat(Array(64).fill(line)));
          accepted += 64 * line.length;
          if (!ok) await new Promise((r) => child.stdin.once('drain', r));
        }
      };
      void feed().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 8000));
      const read = accepted - child.stdin.writableLength;
      child.kill();
      expect(read).toBeLessThan(8 * 2 ** 20); // window of 4 batches of 256 kB, a batch being read, pipes
    }, 30_000);
  });

  it('names a missing file and exits 1', () => {
    const r = run(['annotate', 'no-such-file.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('vn-admin-ner: cannot read "no-such-file.txt": no such file\n');
    for (const extra of [['--format', 'jsonl'], ['--encoding', 'tcvn3'], ['--format', 'conll']]) {
      const j = run(['annotate', 'no-such-file.txt', ...extra]);
      expect(j.status).toBe(1);
      expect(j.stdout).toBe('');
      expect(j.stderr).toBe('vn-admin-ner: cannot read "no-such-file.txt": no such file\n');
    }
    const d = run([tmpdir(), '--format', 'jsonl']);
    expect(d.status).toBe(1);
    expect(d.stderr).toBe(`vn-admin-ner: cannot read ${JSON.stringify(tmpdir())}: it is a directory\n`);
  });
  it('names a bad option and exits 2', () => {
    const r = run(['--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('vn-admin-ner: unknown format "xml" (use json, jsonl, conll, brat, inline, expanded, text or html)\n');
    expect(run(['--format']).stderr).toBe('vn-admin-ner: --format needs a value: json, jsonl, conll, brat, inline, expanded, text or html\n');
    const u = run(['--colour']);
    expect(u.status).toBe(2);
    expect(u.stderr).toBe('vn-admin-ner: unknown option "--colour" (see --help)\n');
    const m = run(['--max-line-mb', 'lots']);
    expect(m.status).toBe(2);
    expect(m.stderr).toBe('vn-admin-ner: --max-line-mb needs a positive number, got "lots"\n');
    const two = run(['-', 'a.txt', '-']);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe('vn-admin-ner: standard input ("-") can be read only once\n');
  });
  it('prints help with an example of every format and the encoding option, and the version', () => {
    const h = run(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^Usage: vn-admin-ner /u);
    const examples = h.stdout.slice(h.stdout.indexOf('Examples:'));
    for (const f of ['conll', 'brat', 'inline', 'expanded', 'text', 'jsonl']) expect(examples).toContain(`--format ${f}`);
    expect(examples).toMatch(/vn-admin-ner annotate report\.txt +# JSON/u);
    expect(examples).toContain('--encoding tcvn3');
    expect(examples).toContain('--encoding auto');
    expect(run(['-h']).stdout).toBe(h.stdout);
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(`${version}\n`);
    expect(run(['-v']).stdout).toBe(`${version}\n`);
  });
});

describe('cli: the raw id of a JSON line', () => {
  it('finds the top-level "id" as written', () => {
    expect(rawId('{"id":12345678901234567890,"text":"x"}')).toBe('12345678901234567890');
    expect(rawId(' { "text" : "{\\"id\\":1}" , "id" : 1e400 } ')).toBe('1e400');
    expect(rawId('{"a":{"id":1},"b":[{"id":2}],"id":"x\\"y"}')).toBe('"x\\"y"');
    expect(rawId('{"id":{"k":[1,"]}"]}}')).toBe('{"k":[1,"]}"]}');
    expect(rawId('{"id":1,"id":2}')).toBe('2');
    expect(rawId('{"\\u0069d":3}')).toBe('3');
  });
  it('reads the first part of a cut line, and nothing else', () => {
    expect(rawId('{"id":"abc","text":"HU HU HU')).toBe('"abc"');
    expect(rawId('{"text":"HU HU HU')).toBeUndefined();
    expect(rawId('{"id":12')).toBeUndefined(); // the number may go on
    expect(rawId('{"id":"ab')).toBeUndefined();
    expect(rawId('{"id":tru,"text":""}')).toBeUndefined(); // not JSON
    expect(rawId('["id",1]')).toBeUndefined();
    expect(rawId('Bí thư HU')).toBeUndefined();
  });
});

describe('cli: JSON in pieces', () => {
  const texts = [GENRE, genre(30_000), '', 'Không có gì.', 'Sáng 5/8, UBND phường Mỹ Lộc, tỉnh Ninh Bình họp; xã Tân Hòa, CT số 05.'];
  it('joins to exactly what toJSON writes, at every indent', () => {
    for (const text of texts) {
      const a = annotate(text);
      for (const indent of [0, 2, 4]) {
        const pieces = [...annotationPieces(a, indent, 0)];
        expect(pieces.join('')).toBe(toJSON(a, { indent }));
        if (a.entities.length > 1000) expect(pieces.length).toBeGreaterThan(4);
      }
    }
  });
  it('cuts long strings without cutting a surrogate pair', () => {
    for (const s of ['', 'a', 'ab"\\\n\u2028😀😀é', '😀'.repeat(7) + '\u0000\ud800x']) {
      for (const slice of [1, 2, 3, 1000]) expect([...jsonStringPieces(s, slice)].join('')).toBe(JSON.stringify(s));
    }
  });
  it('a jsonl record: the caller\'s id, then toJSON on one line', () => {
    const options = { command: 'annotate', encoding: undefined, maxLine: '4 MB' } as const;
    const line = (s: string) => ({ lineNo: 3, bytes: Buffer.from(s), tooLong: false });
    const r = processRecord(line(JSON.stringify({ id: 'x', text: GENRE })), options);
    expect([...r.pieces].join('')).toBe(`{"id":"x",${toJSON(annotate(GENRE), { indent: 0 }).slice(1)}\n`);
    expect(r.error).toBeUndefined();
    const big = processRecord(line(`{"id":[1e400],"text":${JSON.stringify(GENRE)}}`), { ...options, maxRecordChars: 1000 });
    expect(big.error).toBe('line 3: the output would be longer than 1000 characters, the most one JSON line may hold');
    expect(JSON.parse([...big.pieces].join(''))).toEqual({ id: [Infinity], error: big.error });
    expect([...big.pieces].join('')).toMatch(/^\{"id":\[1e400\],"error":/u);
  });
  it('counts before writing: nothing over the limit, small lines made once, big ones made again', () => {
    let made = 0;
    const make = () => {
      made++;
      return ['ab', 'cd', 'e\n'];
    };
    expect(bounded(make, 4)).toBeUndefined();
    expect([...bounded(make, 5)!].join('')).toBe('abcde\n');
    made = 0;
    expect([...bounded(make, 5, 100)!]).toEqual(['ab', 'cd', 'e\n']);
    expect(made).toBe(1);
    expect([...bounded(make, 5, 3)!]).toEqual(['ab', 'cd', 'e\n']);
    expect(made).toBe(3);
  });
});

describe('cli: Unicode input', () => {
  const text = 'Chủ tịch HĐND 😀 huyện \ud800 x';
  it('reads the byte order marks', () => {
    for (const encoding of UNICODES) expect(sniffBom(encode('x', encoding))).toEqual({ encoding, length: encoding === 'UTF-8' ? 3 : encoding.startsWith('UTF-16') ? 2 : 4 });
    expect(sniffBom(Buffer.from('{"id":1}'))).toBeUndefined();
  });
  it('decodes UTF-16 and UTF-32 cut anywhere, replacing and counting what is invalid', () => {
    for (const encoding of UNICODES.slice(1) as Exclude<Unicode, 'UTF-8'>[]) {
      const bytes = encode(text, encoding).subarray(encoding.startsWith('UTF-16') ? 2 : 4);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const d = new WideDecoder(encoding);
        const out = d.push(bytes.subarray(0, cut)) + d.push(bytes.subarray(cut)) + d.end();
        expect(out, `${encoding} cut at ${cut}`).toBe(text.replace('\ud800', '\ufffd'));
        expect(d.replaced).toBe(1);
      }
      const d = new WideDecoder(encoding);
      expect(d.push(bytes.subarray(0, bytes.length - 1)) + d.end()).toBe(text.replace('\ud800', '\ufffd').slice(0, -1) + '\ufffd');
      expect(d.replaced).toBe(2);
    }
  });
  it('counts the invalid UTF-8 sequences, not a U+FFFD that was written', () => {
    const bytes = Buffer.concat([Buffer.from('a\ufffdb'), Buffer.from([0xe1, 0xbb, 0x41, 0xff, 0xfe])]);
    expect(replacedInUtf8(bytes, bytes.toString('utf8'))).toBe(3);
    expect(replacedInUtf8(Buffer.from('Bí thư'), 'Bí thư')).toBe(0);
  });
});
