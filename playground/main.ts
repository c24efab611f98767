/**
 * The playground: a text box, the annotation drawn by toHtml (fragment) with
 * its people table, and the JSON. The text lives in the URL fragment
 * (`#text=` + encodeURIComponent), so a link shares an example. Runs in the
 * browser only; built by playground/build.mjs into playground/dist/.
 */
import { annotate, HTML_CSS, toHtml, toJSON } from '../src/index.js';

const EXAMPLE =
  'Sáng 12/3, HU Mỹ Lộc tổ chức hội nghị sơ kết công tác xây dựng NTM quý I. Dự hội nghị có đ/c Trần Thị Mai- Phó Bí thư Thường trực HU, Chủ tịch HĐND huyện; đ/c Lê Văn Bình, Bí thư Đảng ủy xã Mỹ Thuận. Sau hội nghị, đoàn thăm mô hình trồng lúa tại xã Mỹ Thành.';

const LIVE_DELAY_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`playground: no #${id}`);
  return el as T;
}

/** The text in a `#text=…` fragment, or undefined when there is none (or it is not valid percent-encoding). */
function textFromHash(hash: string): string | undefined {
  const m = /^#text=(.*)$/su.exec(hash);
  if (m === null) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
}

function hashOf(text: string): string {
  return `#text=${encodeURIComponent(text)}`;
}

/** Put the text in the address bar without adding a history entry per keystroke. */
function writeHash(text: string): void {
  const hash = hashOf(text);
  if (location.hash === hash) return;
  try {
    history.replaceState(history.state, '', hash);
  } catch {
    location.replace(hash);
  }
}

function start(): void {
  const style = document.createElement('style');
  style.textContent = HTML_CSS;
  document.head.append(style);

  const input = byId<HTMLTextAreaElement>('text');
  const result = byId<HTMLDivElement>('result');
  const json = byId<HTMLPreElement>('json');
  const status = byId<HTMLSpanElement>('status');
  const live = byId<HTMLInputElement>('live');
  let renders = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = (): void => {
    clearTimeout(timer);
    const text = input.value;
    const t0 = performance.now();
    try {
      const a = annotate(text);
      result.innerHTML = toHtml(a, { fragment: true });
      json.textContent = toJSON(a);
      const ms = Math.round(performance.now() - t0);
      status.textContent = `${a.entities.length} entities, ${a.abbreviations.length} abbreviations, ${a.people.length} people · ${ms} ms`;
    } catch (e) {
      result.textContent = '';
      json.textContent = '';
      status.textContent = `error: ${(e as Error).message}`;
    }
    writeHash(text);
    result.dataset.renders = String(++renders);
  };

  input.value = textFromHash(location.hash) ?? EXAMPLE;
  render();
  byId<HTMLButtonElement>('annotate').addEventListener('click', render);
  input.addEventListener('input', () => {
    if (!live.checked) return;
    clearTimeout(timer);
    timer = setTimeout(render, LIVE_DELAY_MS);
  });
  window.addEventListener('hashchange', () => {
    const text = textFromHash(location.hash);
    if (text !== undefined && text !== input.value) {
      input.value = text;
      render();
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
