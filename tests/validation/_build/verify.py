#!/usr/bin/env python3
"""Independent checks of the gold files against the article files (reads only the .txt and .gold.json)."""
import json, glob, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPEN = set('“"‘\''); CLOSE = set('”"’\'')
ABBR = {'Rep.', 'Sen.', 'Gen.', 'Prof.', 'Dr.', 'Mr.', 'Ms.', 'Mrs.', 'Lt.', 'Col.', 'Adm.', 'St.', 'Jan.', 'Feb.', 'Aug.',
        'Sept.', 'Oct.', 'Nov.', 'Dec.', 'No.', 'Gov.', 'Sgt.', 'Capt.', 'W.Va.', 'Jr.', 'Calif.', 'Ariz.', 'Ore.', 'Mich.'}
def naive_split(par):
    """rule-of-thumb splitter for cross-checking hand splits: . ? ! (+closing marks) + space + (opening mark) capital."""
    out, start = [], 0
    for m in re.finditer(r'[.?!][”"’\')]*\s+(?=[“"‘\'(]?[A-Z])', par):
        tok = par[:m.start() + 1].split()[-1].lstrip('“"(')
        if tok in ABBR or re.fullmatch(r'[A-Z]\.', tok):
            continue
        nxt = par[m.end():].split()[0] if par[m.end():].split() else ''
        if tok in ('U.S.',) and nxt.rstrip(',').split('’')[0] in ('Navy', 'Senate', 'House', 'Army', 'Air', 'Congress'):
            continue
        out.append(par[start:m.end()].strip()); start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
tot = {}
for gp in sorted(glob.glob(os.path.join(D, '*.gold.json'))):
    g = json.load(open(gp, encoding='utf-8'))
    txt = open(os.path.join(D, g['article']), encoding='utf-8').read()
    name = g['article']
    # 1. sentences occur in order and cover the article
    pos = 0
    for i, s in enumerate(g['sentences']):
        k = txt.find(s['text'], pos)
        if k < 0:
            err(name, 'sentence not found in order:', i, s['text'][:60])
            continue
        gap = txt[pos:k]
        if gap.strip():
            err(name, 'uncovered text before sentence', i, repr(gap[:80]))
        pos = k + len(s['text'])
        if s['sides'] not in ([], ['China'], ['United States'], ['China', 'United States'], '?'):
            err(name, 'bad sides', s['sides'])
        for c in s['content']:
            if c not in s['text']:
                err(name, 'content not in sentence:', repr(c), '||', s['text'][:60])
        if s['content'] and s['sides'] in ([], '?'):
            err(name, 'content given for a sentence with no side', s['text'][:60])
    if txt[pos:].strip():
        err(name, 'uncovered tail', repr(txt[pos:][:80]))
    if re.sub(r'\s', '', ''.join(s['text'] for s in g['sentences'])) != re.sub(r'\s', '', txt):
        err(name, 'concatenation mismatch')
    sided = [s for s in g['sentences'] if s['sides'] not in ([], '?')]
    withc = [s for s in sided if s['content']]
    if len(withc) * 2 < len(sided):
        err(name, f'content filled for only {len(withc)}/{len(sided)} sided sentences')
    # 2. quotations occur, in order, and sit between marks
    qpos = 0
    for q in g['quotations']:
        k = txt.find(q['text'], qpos)
        if k < 0:
            k2 = txt.find(q['text'])
            err(name, 'quotation not found' + (' in order' if k2 >= 0 else ''), repr(q['text'][:60])); continue
        if txt.count(q['text']) > 1:
            print('note', name, 'quotation text occurs', txt.count(q['text']), 'times:', repr(q['text'][:50]))
        before, after = txt[k - 1] if k else '', txt[k + len(q['text'])] if k + len(q['text']) < len(txt) else ''
        if before not in OPEN or after not in CLOSE:
            err(name, 'quotation not delimited by marks:', repr(before), repr(q['text'][:40]), repr(after))
        qpos = k + len(q['text'])
        if q['side'] not in ('China', 'United States', 'other') or q['kind'] not in ('speech', 'title', 'scare'):
            err(name, 'bad side/kind', q)
        if q['kind'] != 'speech' and q['side'] != 'other':
            err(name, 'title/scare must be other', q['text'])
    # 3. count double-quote openings vs quotation entries (rough)
    n_open = txt.count('“') + txt.count('"') // 2 + len(re.findall(r"(?<![A-Za-z])[‘']", txt))
    runons = sum(q['text'].count('\n\n') for q in g['quotations'])
    if n_open != len(g['quotations']) + runons:
        print(f'note {name}: ~{n_open} opening marks vs {len(g["quotations"])} quotations + {runons} run-on reopenings')
    # 4. compare with naive splitter
    hand = [s['text'] for s in g['sentences']]
    auto = [s for par in txt.split('\n\n') for s in naive_split(par.strip())]
    if hand != auto:
        a, h = set(auto), set(hand)
        for s in hand:
            if s not in a: print('  split-diff', name, 'HAND:', s[:90])
        for s in auto:
            if s not in h: print('  split-diff', name, 'AUTO:', s[:90])
    t = tot.setdefault(g['split'], {'articles': 0, 'sentences': 0, 'decidable': 0, 'sided': 0, 'speech': 0, 'title': 0, 'scare': 0, 'words': 0})
    t['articles'] += 1; t['sentences'] += len(g['sentences']); t['words'] += len(txt.split())
    t['decidable'] += sum(s['sides'] != '?' for s in g['sentences']); t['sided'] += len(sided)
    for q in g['quotations']: t[q['kind']] += 1
    wc = len(txt.split())
    if not 300 <= wc <= 700: err(name, 'word count', wc)
print(json.dumps(tot, indent=1))
print('ERRORS:', bad)
