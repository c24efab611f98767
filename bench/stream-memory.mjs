#!/usr/bin/env node
// Memory of the streaming CLI (`--format jsonl`) on a large input.
//
//   npm run build && node bench/stream-memory.mjs [--mb N] [--limit MB] [--keep] [--cli PATH]
//
// Writes an N MB (default 200; MB = 2^20 bytes of UTF-8) JSON-lines file of
// varied administrative-news sentences, {"id": n, "text": "..."} a line, to a
// temporary directory, runs
//   node dist/cli.cjs annotate --format jsonl FILE > /dev/null
// and measures the child's peak resident memory: VmRSS/VmHWM of
// /proc/<pid>/status sampled every 100 ms, and, when /usr/bin/time is there,
// the maximum RSS the kernel reports for the child (the larger one is
// reported). --cli runs another build of the CLI (default dist/cli.cjs,
// which is self-contained, so a copy works anywhere). Prints one summary line; exits 1 if the peak RSS is at or above
// --limit (default 150 MB) or the CLI fails. No dependencies.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 2 ** 20;

function option(name, fallback) {
  const argv = process.argv.slice(2);
  const k = argv.findIndex((a) => a === name || a.startsWith(name + '='));
  if (k === -1) return fallback;
  const raw = argv[k].includes('=') ? argv[k].slice(name.length + 1) : argv[k + 1];
  const n = Number(raw);
  if (!(n > 0)) {
    console.error(`stream-memory: ${name} needs a positive number, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}
const sizeMb = option('--mb', 200);
const limitMb = option('--limit', 150);
const keep = process.argv.includes('--keep');
const cliAt = process.argv.findIndex((a) => a === '--cli' || a.startsWith('--cli='));
const cli =
  cliAt === -1
    ? join(root, 'dist', 'cli.cjs')
    : process.argv[cliAt].startsWith('--cli=')
      ? process.argv[cliAt].slice('--cli='.length)
      : process.argv[cliAt + 1];
if (!existsSync(cli)) {
  console.error(`stream-memory: ${cli} is missing; run \`npm run build\` first`);
  process.exit(2);
}

// ------------------------------------------------------------ the input

/** mulberry32: a small seeded generator, so every run writes the same file. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20240317);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đình', 'Hữu', 'Thanh', 'Quốc', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Đức', 'Hà', 'Hưng', 'Khải', 'Lan', 'Mai', 'Nam', 'Phương', 'Sơn', 'Thảo', 'Tuấn'];
const PLACES = ['Tân Phong', 'Hòa Bình', 'Đông Sơn', 'Yên Lạc', 'Thạch Thất', 'Kim Bảng', 'Quảng Xương', 'Phú Lộc'];
const ROLES = [
  'Bí thư HU', 'Phó Bí thư TT HU', 'Chủ tịch HĐND huyện', 'Chủ tịch UBND huyện', 'Phó Chủ tịch UBND tỉnh',
  'Chủ nhiệm UBKT HU', 'Trưởng Ban Tuyên giáo HU', 'Chủ tịch UBMTTQ huyện', 'UVBTV Tỉnh ủy', 'Giám đốc Sở TN&MT',
];
const BODIES = ['Thường trực HU', 'BTV Tỉnh ủy', 'HĐND huyện', 'UBND tỉnh', 'Ủy ban MTTQ huyện', 'BCĐ các chương trình MTQG', 'Đảng ủy xã'];
const TOPICS = [
  'tình hình KT-XH, QP-AN quý I', 'công tác GPMB tuyến đường tỉnh', 'chương trình MTQG xây dựng NTM nâng cao',
  'công tác CCHC và giải quyết TTHC', 'thu NSNN trên địa bàn', 'công tác phòng, chống thiên tai và TKCN',
  'chế độ cho người có công và đối tượng BTXH', 'kết quả thực hiện NQ của Đại hội Đảng bộ huyện',
];
const name = () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
const TEMPLATES = [
  () => `Chiều ${int(1, 28)}/${int(1, 12)}, ${pick(BODIES)} ${pick(PLACES)} họp phiên thường kỳ, cho ý kiến về ${pick(TOPICS)}.`,
  () => `Chủ trì hội nghị có đ/c ${name()}, ${pick(ROLES)}; đ/c ${name()}, ${pick(ROLES)}.`,
  () => `Theo báo cáo của UBND huyện ${pick(PLACES)}, tổng giá trị sản xuất ước tăng ${int(3, 12)},${int(0, 9)}% so với cùng kỳ.`,
  () => `Phòng NN&PTNT phối hợp với phòng TN&MT đẩy nhanh ${pick(TOPICS)}, tỷ lệ hồ sơ đúng hạn đạt ${int(90, 99)},${int(0, 9)}%.`,
  () => `Thực hiện Kế hoạch số ${int(10, 99)}-KH/HU và Quyết định ${int(100, 999)}/QĐ-UBND, đoàn kiểm tra đã làm việc tại ${int(3, 15)} xã, thị trấn.`,
  () => `Đ/c ${name()}, ${pick(ROLES)} ${pick(PLACES)}, yêu cầu các cơ quan, đơn vị tập trung ${pick(TOPICS)}.`,
  () => `HĐND xã ${pick(PLACES)} tổ chức kỳ họp chuyên đề, thông qua ${int(2, 9)} NQ quan trọng; MTTQ và các đoàn thể vận động nhân dân hiến ${int(1, 9)}.${int(100, 999)} m2 đất làm đường GTNT.`,
  () => `UBKT HU ${pick(PLACES)} kiểm tra khi có dấu hiệu vi phạm đối với ${int(1, 5)} TCĐ và ${int(1, 9)} đảng viên; kết nạp ${int(10, 60)} đảng viên mới.`,
];
function sentence() {
  let s = pick(TEMPLATES)();
  while (random() < 0.45) s += ' ' + pick(TEMPLATES)();
  return s;
}

const dir = mkdtempSync(join(os.tmpdir(), 'vn-admin-ner-stream-'));
const file = join(dir, 'input.jsonl');
const cleanup = () => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

const target = Math.round(sizeMb * MB);
const fd = openSync(file, 'w');
let written = 0;
let lines = 0;
while (written < target) {
  let batch = '';
  let batchBytes = 0;
  while (batchBytes < MB && written + batchBytes < target) {
    const line = JSON.stringify({ id: lines + 1, text: sentence() }) + '\n';
    batch += line;
    batchBytes += Buffer.byteLength(line);
    lines++;
  }
  written += writeSync(fd, batch);
}
closeSync(fd);
const inputBytes = statSync(file).size;

// ------------------------------------------------------------ the run

const status = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
};
const kb = (text, field) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
/** The node process: the child itself, or the child of /usr/bin/time. */
function nodePid(pid, viaTime) {
  if (!viaTime) return pid;
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]) || undefined;
  } catch {
    return undefined;
  }
}

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const nodeArgs = [cli, 'annotate', '--format', 'jsonl', file];
const devNull = openSync('/dev/null', 'w');
const started = performance.now();
const child = timeBin
  ? spawn(timeBin, ['-f', 'maxrss_kb=%M', process.execPath, ...nodeArgs], { stdio: ['ignore', devNull, 'pipe'] })
  : spawn(process.execPath, nodeArgs, { stdio: ['ignore', devNull, 'pipe'] });
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
let peakKb = 0;
let samples = 0;
const timer = setInterval(() => {
  const pid = nodePid(child.pid, timeBin !== undefined);
  if (pid === undefined) return;
  const s = status(pid);
  if (s === '') return;
  samples++;
  peakKb = Math.max(peakKb, kb(s, 'VmRSS'), kb(s, 'VmHWM'));
}, 100);
const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
closeSync(devNull);
cleanup();

const fromTime = /maxrss_kb=(\d+)/.exec(stderr);
if (fromTime) {
  peakKb = Math.max(peakKb, Number(fromTime[1]));
  stderr = stderr.replace(/.*maxrss_kb=\d+\s*/s, '');
}
const peakMb = peakKb / 1024;
const mbIn = inputBytes / MB;
const ok = code === 0 && stderr.trim() === '' && peakMb < limitMb;
const fmt = (n) => n.toLocaleString('en-US');
console.log(
  `stream-memory: ${mbIn.toFixed(1)} MB, ${fmt(lines)} lines in ${seconds.toFixed(1)} s ` +
    `(${(mbIn / seconds).toFixed(2)} MB/s, ${fmt(Math.round(lines / seconds))} lines/s); ` +
    `peak RSS ${peakMb.toFixed(1)} MB (limit ${limitMb} MB, ${samples} samples${fromTime ? ' + time -v' : ''}); ` +
    `node ${process.version}: ${ok ? 'ok' : code !== 0 ? `FAILED (exit ${code}${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''})` : stderr.trim() ? `FAILED (stderr: ${stderr.trim().split('\n')[0]})` : 'FAILED (peak RSS over the limit)'}`,
);
process.exit(ok ? 0 : 1);
