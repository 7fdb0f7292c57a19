#!/usr/bin/env python3
"""Build NN_slug.txt + NN_slug.gold.json from a hand-written source file (src/NN.src).
Source format (one directive per line):
  @file NN_slug.txt | @split tuned|untouched | @style ...
  P                      start a paragraph
  S <sides> | <sentence> sides: - (none) C U CU ? ; sentences of a paragraph are joined by one space
  c | <content substring>   (attached to previous S)
  n | <note>                (attached to previous S)
  Q <kind> | <side C/U/O> | <speaker_as_written> | <resolves_to> | <text> | <note>
     in <text>, the token ⏎ stands for a paragraph break (\n\n) inside a run-on quotation
"""
import json, sys, os, glob
SIDES = {'-': [], 'C': ['China'], 'U': ['United States'], 'CU': ['China', 'United States'], '?': '?'}
QS = {'C': 'China', 'U': 'United States', 'O': 'other'}
def build(path, outdir):
    meta, paras, quotes = {}, [], []
    cur = None
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@'):
            k, v = line[1:].split(' ', 1); meta[k] = v.strip(); continue
        if line == 'P':
            paras.append([]); continue
        tag, rest = line.split(' ', 1) if ' ' in line else (line, '')
        if tag == 'S':
            code, text = rest.split(' | ', 1)
            cur = {'text': text, 'sides': SIDES[code.strip()], 'content': [], 'note': ''}
            paras[-1].append(cur)
        elif tag == 'c':
            cur['content'].append(rest.split('| ', 1)[1])
        elif tag == 'n':
            cur['note'] = rest.split('| ', 1)[1]
        elif tag == 'Q':
            parts = [p.strip() for p in rest.split(' | ')]
            assert len(parts) == 6, (path, ln, parts)
            kind, side, spk, res, text, note = parts
            assert kind in ('speech', 'title', 'scare'), (path, ln)
            quotes.append({'text': text.replace('⏎', '\n\n'), 'speaker_as_written': spk, 'resolves_to': res,
                           'side': QS[side], 'kind': kind, 'note': note})
        else:
            raise SystemExit(f'{path}:{ln}: bad line {line!r}')
    body = '\n\n'.join(' '.join(s['text'] for s in p) for p in paras) + '\n'
    open(os.path.join(outdir, meta['file']), 'w', encoding='utf-8').write(body)
    gold = {'article': meta['file'], 'split': meta['split'], 'house_style': meta['style'],
            'sentences': [s for p in paras for s in p], 'quotations': quotes}
    gp = os.path.join(outdir, meta['file'].replace('.txt', '.gold.json'))
    json.dump(gold, open(gp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(meta['file'], len(body.split()), 'words', len(gold['sentences']), 'sentences', len(quotes), 'quotes')
if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    for p in sorted(glob.glob(os.path.join(here, 'src', '*.src'))) if len(sys.argv) < 2 else sys.argv[1:]:
        build(p, os.path.dirname(here))
