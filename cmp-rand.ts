import fc from 'fast-check';
import { annotate, toJSON } from './src/index.js';
import { annotate as oldAnnotate, toJSON as oldToJSON } from '/tmp/old/src/index.js';
const parts = ['HĐND', 'UBND', '&', '-', ' – ', '.', 'TP', '/', '1', '04', 'NQ', 'HU', '\n', '\n\n', ' ', 'đ/c', 'Đ/c', 'QĐ', 'XII', 'I', 'khóa', 'Ảnh', ':', '(', ')', 'Hội đồng nhân dân', 'CT', 'số', 'Nguyễn Văn An', 'TT', 'KT', 'XH', 'Tỉnh ủy', 'T', 'Ư', 'ThS', 'a', 'ỳ', '\u0300', 'x', ' Bí thư ', 'Chủ tịch', 'huyện', 'xã', 'Mỹ Lộc', 'Bạc Liêu', ',', ' ông ', 'Phó', 'Ban', 'Tuyên giáo', 'VŨ NAM', 'Trường', 'Sở', 'Y tế', 'Đoàn', 'Đảng', 'các', 'phường', 'Trần Hưng Đạo', 'tỉnh', 'N.HƯNG', 'toString', 'constructor'];
fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), fc.string({ maxLength: 4 }), (arr, junk) => {
  const text = arr.join(' ').replace(/  +/g, (m) => (arr.length % 2 ? ' ' : m)) + junk;
  const a = toJSON(annotate(text)); const b = oldToJSON(oldAnnotate(text));
  if (a !== b) throw new Error('diff on ' + JSON.stringify(text) + '\n' + a + '\n' + b);
}), { numRuns: 20000 });
console.log('random annotate ok');
