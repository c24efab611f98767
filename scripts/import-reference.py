#!/usr/bin/env python3
"""Import reference facts from ../shared/data into dict/ (run by hand when the
reference data changes; the build never reads ../shared).

Writes:
  dict/places.tsv     provinces and districts of both eras, with codes
  dict/name-syllables.tsv  middle and given name syllables seen in real names

Every row keeps its source. Rows are filtered: names must be NFC, made of
Vietnamese letters, and (for syllables) seen at least twice, so the mojibake
rows of the source lists (VNI-as-Latin-1 such as 'Buøi') stay out.
"""
import json, re, unicodedata, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '..', 'shared', 'data')
PLACES_SRC = 'thanglequoc/vietnamese-provinces-database (MIT) via shared/data/places/'

VIET = re.compile(r"^[0-9A-Za-zÀ-ỹĐđ' .-]+$")

TONES = '\u0300\u0301\u0309\u0303\u0323'

def canon(s):
    """NFC with the traditional tone placement of src/normalize/tone.ts:
    open oa/oe/uy carry the tone on the first vowel (hoà -> hòa, Uỷ -> Ủy)."""
    out = []
    for word in re.split(r'(\s+)', unicodedata.normalize('NFC', s.strip())):
        d = unicodedata.normalize('NFD', word)
        m = re.search(r'(?<![qQ])([oO])([aAeE])([' + TONES + r'])$|(?<![qQ])([uU])([yY])([' + TONES + r'])$', d)
        if m:
            g = [x for x in m.groups() if x is not None]
            d = d[:m.start()] + g[0] + g[2] + g[1]
        out.append(unicodedata.normalize('NFC', d))
    return ''.join(out)

TYPE_WORDS = [('Thành phố', 'thành phố'), ('Tỉnh', 'tỉnh'), ('Huyện', 'huyện'), ('Quận', 'quận'), ('Thị xã', 'thị xã'),
              ('Phường', 'phường'), ('Xã', 'xã'), ('Thị trấn', 'thị trấn'), ('Đặc khu', 'đặc khu')]

def split_type(full):
    full = canon(full)
    full = full[0].upper() + full[1:]  # one source row writes 'xã Bắc Sơn'
    for t, low in TYPE_WORDS:
        if full.startswith(t + ' '):
            return low, full[len(t) + 1:]
    raise ValueError(full)

rows = {}
def add(name, typ, level, code, parent, era, src):
    key = (code, level, name)
    if key in rows:
        r = rows[key]
        if r['name'] == name and r['era'] != era:
            r['era'] = 'both'
        return
    rows[key] = dict(name=name, type=typ, level=level, code=code, parent=parent, era=era, source=src)

pre = json.load(open(os.path.join(DATA, 'places', 'vn-units-2025-06-pre-reform.json')))
old = json.load(open(os.path.join(DATA, 'places', 'vn-units-2024-06.json')))
post = json.load(open(os.path.join(DATA, 'places', 'vn-units-2025-07-post-reform.json')))

for data, tag in ((old, 'vn-units-2024-06.json'), (pre, 'vn-units-2025-06-pre-reform.json')):
    for p in data:
        typ, name = split_type(p['FullName'])
        add(name, typ, 'province', p['Code'], '', 'pre-2025', PLACES_SRC + tag)
        for d in p['District']:
            typ2, name2 = split_type(d['FullName'])
            add(name2, typ2, 'district', d['Code'], p['Code'], 'pre-2025', PLACES_SRC + tag)
for p in post:
    typ, name = split_type(p['FullName'])
    key = (p['Code'], 'province', name)
    if key in rows:
        rows[key]['era'] = 'both'
    else:
        add(name, typ, 'province', p['Code'], '', 'post-2025', PLACES_SRC + 'vn-units-2025-07-post-reform.json')

out = os.path.join(ROOT, 'dict', 'places.tsv')
with open(out, 'w') as f:
    f.write('name\ttype\tlevel\tcode\tparent\tera\tsource\n')
    for r in sorted(rows.values(), key=lambda r: (r['level'] != 'province', r['code'])):
        assert VIET.match(r['name']), r
        f.write('\t'.join([canon(r['name']), r['type'], r['level'], r['code'], r['parent'], r['era'], r['source']]) + '\n')
print('places:', len(rows), file=sys.stderr)

VIET_LETTERS = set('bcdfghklmnpqrstvxđjwz')
for base in 'aăâeêioôơuưy':
    for t in ('',) + tuple(TONES):
        VIET_LETTERS.add(unicodedata.normalize('NFC', base + t))

MISSPELLED = {'Phùc'}  # for Phúc: a tone no Vietnamese syllable 'phùc' carries in names

NAMES_SRC = 'duyet/vietnamese-namedb uit_member.json (MIT) via shared/data/names/'
syl = {}
for fname, role in (('middle-syllables.tsv', 'middle'), ('given-syllables.tsv', 'given')):
    for line in open(os.path.join(DATA, 'names', fname)).read().splitlines()[1:]:
        s, count, _src = line.split('\t')
        s = s.strip()
        if int(count) < 2 or unicodedata.normalize('NFC', s) != s or not re.match(r'^[A-ZÀ-ỸĐ][a-zà-ỹđ]*$', s):
            continue
        if s in MISSPELLED:
            continue
        if not all(ch in VIET_LETTERS for ch in s.lower()):
            continue  # mojibake such as VNI read as Latin-1 ('Cöôøng')
        syl.setdefault(canon(s), set()).add(role)
out = os.path.join(ROOT, 'dict', 'name-syllables.tsv')
with open(out, 'w') as f:
    f.write('syllable\trole\tsource\n')
    for s in sorted(syl):
        f.write(f"{s}\t{'+'.join(sorted(syl[s]))}\t{NAMES_SRC}\n")
print('name syllables:', len(syl), file=sys.stderr)

# Communes, wards and townships of both eras, for linking (dict/communes.tsv).
# The source column names the file with a short tag (see dict/README.md).
TAGS = {'vn-units-2024-06.json': 'tlq:2024-06', 'vn-units-2025-06-pre-reform.json': 'tlq:2025-06', 'vn-units-2025-07-post-reform.json': 'tlq:2025-07'}
communes = {}
def add_commune(name, typ, code, parent, province, era, tag):
    # the same code may name another unit after the reform (thị trấn Mỹ Lộc of
    # Nam Định, 13708, is phường Mỹ Lộc of Ninh Bình after 1 July 2025)
    key = (code, name, typ, province)
    if key in communes:
        r = communes[key]
        if r['era'] != era:
            r['era'] = 'both'
        if tag not in r['source']:
            r['source'] += ';' + tag
        return
    communes[key] = dict(name=name, type=typ, code=code, parent=parent, province=province, era=era, source=tag)

for fname in ('vn-units-2024-06.json', 'vn-units-2025-06-pre-reform.json'):
    for p in json.load(open(os.path.join(DATA, 'places', fname))):
        for d in p['District']:
            for w in d['Ward'] or []:
                typ, name = split_type(w['FullName'])
                add_commune(name, typ, w['Code'], d['Code'], p['Code'], 'pre-2025', TAGS[fname])
for p in post:
    for w in p['Wards'] or []:
        typ, name = split_type(w['FullName'])
        add_commune(name, typ, w['Code'], p['Code'], p['Code'], 'post-2025', TAGS['vn-units-2025-07-post-reform.json'])
out = os.path.join(ROOT, 'dict', 'communes.tsv')
with open(out, 'w') as f:
    f.write('name\ttype\tcode\tparent\tprovince\tera\tsource\n')
    for r in sorted(communes.values(), key=lambda r: (r['code'], r['era'])):
        assert VIET.match(r['name']), r
        f.write('\t'.join([r['name'], r['type'], r['code'], r['parent'], r['province'], r['era'], r['source']]) + '\n')
print('communes:', len(communes), file=sys.stderr)
