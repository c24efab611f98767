#!/usr/bin/env node
// Scaling of the compromise plugin (`npm run bench:compromise` builds first).
//
// For Vietnamese text of 160 kB, 320 kB, 640 kB and 1.28 MB (kB = 1000 UTF-16
// code units of text, string .length), in two shapes:
// - `sentences`: short sentences of the genre, each ended by a full stop
//   (compromise makes one sentence of each: many sentences);
// - `one sentence`: the same words with commas instead of full stops
//   (compromise makes one huge sentence: many terms in one sentence);
// it times, in CPU time of the process (process.cpuUsage(), user + system:
// the development machine is shared, and CPU time does not count the time
// spent waiting for a core; wall time is printed too):
// - `compromise`: nlp(text) without the plugin (one run: for scale only);
// - `annotate`: vn-admin-ner's annotate(text) alone (fastest of 3 runs);
// - `plugin`: the plugin's compute function on the parsed document, given the
//   annotation (fastest of 5 runs): the layout of the terms, the pointers of
//   every span and compromise's unTag/tag calls, i.e. what the plugin adds to
//   nlp(text) besides annotate(text);
// - `own part`: the same function on a document of compromise's shape made
//   here (a term per word, a sentence per full stop) with a minimal View: the
//   layout and the pointers alone, the part that was quadratic, without
//   compromise's tagging or its heap of parsed documents (fastest of 5 runs).
// Fastest, not median: other loads only ever add time. It prints each
// time's growth per doubling of the text. The target: from 160 kB to 1.28 MB
// (three doublings) the plugin's time grows at most 1.3x as fast as the text,
// i.e. (time(1.28 MB) / time(160 kB))^(1/3) <= 2.6 per doubling, for both
// shapes. (One doubling alone can jump to x3 when other processes share the
// cores; the three together are steadier.) Exits 1 when the target is missed.
// Sentences are generated here (no corpus text). No dependencies beyond the
// dev dependency compromise.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import nlp from 'compromise';
import { annotate } from '../dist/index.js';
import { createCompromisePlugin, HOOK } from '../dist/adapters/compromise.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
/** Fastest of `reps` runs: { ms: CPU time, wallMs }. */
function time(fn, reps) {
  let ms = Infinity;
  let wallMs = Infinity;
  for (let r = 0; r < reps; r++) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wallMs = Math.min(wallMs, performance.now() - t0);
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, (c.user + c.system) / 1000);
  }
  return { ms, wallMs };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hưng', 'Lan', 'Hồng', 'Tâm', 'Sơn', 'Hải'];
const DISTRICTS = ['Yên Thành', 'Nam Đàn', 'Mỹ Lộc', 'Phú Tân', 'Quỳnh Lưu', 'Diễn Châu'];
const PROVINCES = ['Nghệ An', 'Nam Định', 'An Giang', 'Thanh Hóa'];
const COMMUNES = ['Tân Hòa', 'Quỳnh Thạch', 'Hưng Lộc', 'Mỹ Thắng', 'Diễn Kỷ'];
const TEMPLATES = [
  (p, d, c, v, k) => `Sáng ${(k % 28) + 1}/${(k % 12) + 1}, đồng chí ${p}, Bí thư HU, Chủ tịch HĐND huyện ${d} chủ trì hội nghị.`,
  (p, d, c, v) => `Dự hội nghị có đồng chí ${p}, Phó Chủ tịch UBND tỉnh ${v}.`,
  (p) => `Đ/c ${p}, UVBTV, Trưởng ban Dân vận HU phát biểu chỉ đạo.`,
  (p, d, c, v, k) => `UBND xã ${c} đã hoàn thành kế hoạch phát triển KT-XH năm ${2015 + (k % 10)}.`,
  (p, d, c) => `Đoàn công tác của Sở Y tế đã đến thăm xã ${c}, huyện ${d}.`,
  () => 'MTTQ và các đoàn thể tích cực tham gia xây dựng NTM.',
  (p, d, c, v, k) => `Thực hiện Nghị quyết số ${(k % 90) + 1}-NQ/HU, các chi bộ đã tổ chức học tập cho đảng viên.`,
];

/** Genre text of `size` characters, deterministic; `oneSentence`: commas instead of full stops. */
function genreText(size, oneSentence = false) {
  const parts = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    const p = `${SURNAMES[k % 8]} ${MIDDLE[(k >> 3) % 6]} ${GIVEN[(k * 7) % 10]}`;
    let s = TEMPLATES[k % TEMPLATES.length](p, DISTRICTS[k % 6], COMMUNES[k % 5], PROVINCES[k % 4], k);
    if (oneSentence) s = s.replace(/\.$/u, ',');
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(oneSentence ? ' ' : '\n').slice(0, size);
}

/** A document in compromise's shape, and the little of a View the compute function uses. */
function shapedView(text) {
  const document = [];
  let sentence = [];
  for (const m of text.matchAll(/([^\s.,;:]+)([.,;:]*\s*)/gu)) {
    sentence.push({ text: m[1], pre: '', post: m[2], tags: new Set() });
    if (m[2].includes('.')) {
      document.push(sentence);
      sentence = [];
    }
  }
  if (sentence.length > 0) document.push(sentence);
  const all = {
    unTag: () => all,
    update: (pointers) => ({
      tag(tag) {
        for (const [n, first, end] of pointers) for (let i = first; i < end; i++) document[n][i].tags.add(tag);
      },
    }),
  };
  return { document, all: () => all };
}

const SIZES = [160_000, 320_000, 640_000, 1_280_000];
/** The plugin's compute function, given the annotation (so that annotate() is timed apart). */
const computeWith = (annotation) => createCompromisePlugin({ annotate: () => annotation, isVietnamese: () => true }).compute[HOOK];

const rows = [];
for (const shape of ['sentences', 'one sentence']) {
  // warm up every path on a small text
  const warm = genreText(20_000, shape === 'one sentence');
  for (let k = 0; k < 3; k++) computeWith(annotate(warm))(nlp(warm));
  for (const size of SIZES) {
    const text = genreText(size, shape === 'one sentence');
    const compromiseMs = time(() => nlp(text), 1);
    const annotateMs = time(() => annotate(text), 3);
    const a = annotate(text);
    const doc = nlp(text);
    const compute = computeWith(a);
    const pluginMs = time(() => compute(doc), 5);
    const view = shapedView(text);
    const ownMs = time(() => compute(view), 5);
    rows.push({ shape, size, sentences: doc.document.length, spans: a.entities.length + a.abbreviations.length, compromiseMs, annotateMs, pluginMs, ownMs });
  }
}

const fmt = (t) => (t.ms >= 1000 ? `${(t.ms / 1000).toFixed(2)} s` : `${t.ms.toFixed(0)} ms`);
const wall = (t) => (t.wallMs >= 1000 ? `${(t.wallMs / 1000).toFixed(2)} s` : `${t.wallMs.toFixed(0)} ms`);
console.log('CPU time (wall time), and the growth of CPU time per doubling of the text (linear: ×2.00)');
console.log('shape         size      sentences  spans    compromise                annotate                  plugin                    own part');
rows.forEach((r, i) => {
  const prev = i > 0 && rows[i - 1].shape === r.shape ? rows[i - 1] : undefined;
  const cell = (key) => `${fmt(r[key])} (${wall(r[key])})${prev ? ` ×${(r[key].ms / prev[key].ms).toFixed(2)}` : ''}`.padEnd(25);
  console.log(
    `${r.shape.padEnd(13)} ${(r.size / 1000).toFixed(0).padStart(5)} kB  ${String(r.sentences).padStart(9)}  ${String(r.spans).padStart(6)}  ` +
      `${cell('compromiseMs')} ${cell('annotateMs')} ${cell('pluginMs')} ${cell('ownMs')}`,
  );
});
let ok = true;
for (const shape of ['sentences', 'one sentence']) {
  const mine = rows.filter((r) => r.shape === shape);
  const first = mine[0];
  const last = mine[mine.length - 1];
  for (const [key, label] of [['pluginMs', 'plugin'], ['ownMs', 'own part']]) {
    const perDoubling = (last[key].ms / first[key].ms) ** (1 / Math.log2(last.size / first.size));
    const steps = mine.slice(1).map((r, i) => r[key].ms / mine[i][key].ms);
    const met = perDoubling <= 1.3 * 2;
    ok &&= met;
    console.log(
      `${shape}, ${label}: ×${perDoubling.toFixed(2)} per doubling from ${first.size / 1000} kB to ${last.size / 1000} kB, ${(perDoubling / 2).toFixed(2)}× linear ` +
        `(worst single doubling ×${Math.max(...steps).toFixed(2)}); target at most 1.3× linear: ${met ? 'met' : 'NOT MET'}`,
    );
  }
}
process.exitCode = ok ? 0 : 1;
