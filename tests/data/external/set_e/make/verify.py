# -*- coding: utf-8 -*-
"""Check that every value as written (data.W) appears in the file's extracted text, and expected.json is sane."""
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from data import F, W, EXP  # noqa

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'files')
KEYS = ['municipality', 'registration_no', 'address', 'planning_region', 'contact_name', 'contact_position', 'contact_phone',
        'contact_email', 'title', 'current_measures', 'goal', 'activities', 'target_remigrants', 'target_reached',
        'total_cost_eur', 'requested_eur', 'cofinancing_eur', 'period_start', 'period_end', 'signed_on', 'signatory_name',
        'signatory_position']


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def text_of(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], capture_output=True, text=True, check=True).stdout
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
            x = z.read(n).decode('utf8')
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'<w:(tab|br)\b[^>]*/>', ' ', x)
            out.append(re.sub(r'<[^>]+>', '', x))
    import html
    return html.unescape('\n'.join(out))


bad = 0
exp = json.load(open(os.path.join(OUT, 'expected.json')))
assert set(exp) == set(F), set(exp) ^ set(F)
for n, f in F.items():
    assert list(exp[n]['form']) == KEYS or set(exp[n]['form']) == set(KEYS), n
    t = norm(text_of(os.path.join(OUT, n)))
    w = W(f)
    vals = [(k, v) for k, v in w.items() if k != 'acts' and v]
    for a in w['acts']:
        vals += [(('act.' + k), v) for k, v in a.items() if v]
    toks = t.split(' ')

    def wrapped(v, win=14):
        vt = norm(v).split(' ')
        for i, tk in enumerate(toks):
            if tk != vt[0] and not (tk.endswith(('–', '-')) and vt[0].startswith(tk)):
                continue
            j, ok = i, True
            rest = vt[0][len(tk):] if tk != vt[0] else ''
            for x in ([rest] if rest else []) + vt[1:]:
                found = False
                for k in range(j + 1, min(j + 1 + win, len(toks))):
                    if toks[k] == x:
                        j, found = k, True; break
                    if toks[k].endswith(('–', '-')) and k + 1 < len(toks) and x.startswith(toks[k]):
                        tail = x[len(toks[k]):]
                        for m in range(k + 1, min(k + 1 + win, len(toks))):
                            if toks[m] == tail:
                                j, found = m, True; break
                        if found:
                            break
                if not found:
                    ok = False; break
            if ok:
                return True
        return False

    miss, wrap = [], []
    for k, v in vals:
        if norm(v) in t:
            continue
        (wrap if n.endswith('.pdf') and (wrapped(v) or wrapped(v, 30)) else miss).append((k, v))
    # pages
    pages = ''
    if n.endswith('.pdf'):
        info = subprocess.run(['pdfinfo', os.path.join(OUT, n)], capture_output=True, text=True).stdout
        pages = re.search(r'Pages:\s+(\d+)', info).group(1)
    print(f'{n:34s} {"OK" if not miss else "MISSING"} pages={pages} wrapped-cells={len(wrap)}')
    for k, v in miss:
        bad += 1
        print('   missing', k, repr(v))
    e = exp[n]['form']
    assert re.fullmatch(r'900\d{8}', e['registration_no'])
    assert re.fullmatch(r'\+371\d{8}', e['contact_phone'])
    assert re.sub(r'\D', '', f['phone_w'])[-8:] == e['contact_phone'][-8:]
    assert re.sub(r'\D', '', f['reg_w']) == e['registration_no']
sys.exit(1 if bad else 0)
