# Writes guides/*.md (one guide per country, in its language) and expected-clusters.yaml
# from labelled-items.yaml, so the three never disagree. Run after editing the items:
#   python3 make-guides.py
import os, yaml, collections
base=os.path.dirname(os.path.abspath(__file__))+'/'
d=yaml.safe_load(open(base+'labelled-items.yaml'))
L={
 'en':dict(items='Issues and Opportunities',issues='Issues',opps='Opportunities',unit='Unit',themes='Themes',prio='Priority',value='Value',products='Products',p={'high':'high','medium':'medium','low':'low'}),
 'de':dict(items='Probleme und Chancen',issues='Probleme',opps='Chancen',unit='Einheit',themes='Themen',prio='Priorität',value='Wert',products='Produkte',p={'high':'hoch','medium':'mittel','low':'niedrig'}),
 'fr':dict(items='Problèmes et opportunités',issues='Problèmes',opps='Opportunités',unit='Unité',themes='Thèmes',prio='Priorité',value='Valeur',products='Produits',p={'high':'haute','medium':'moyenne','low':'basse'}),
 'es':dict(items='Problemas y oportunidades',issues='Problemas',opps='Oportunidades',unit='Unidad',themes='Temas',prio='Prioridad',value='Valor',products='Productos',p={'high':'alta','medium':'media','low':'baja'}),
 'zh':dict(items='问题与机会',issues='问题',opps='机会',unit='部门',themes='主题',prio='优先级',value='价值',products='产品',p={'high':'高','medium':'中','low':'低'}),
 # Japanese attribute keys are not in the vocabulary yet: every language's keys are
 # accepted in every file, so the Japanese team writes the English ones.
 'ja':dict(items='課題と機会',issues='課題',opps='機会',unit='Unit',themes='Themes',prio='Priority',value='Value',products='Products',p={'high':'high','medium':'medium','low':'low'}),
}
TITLES={'global':'Veltrona Group — Account Planning Guide','DE':'Veltrona Deutschland — Account Planning Guide','FR':'Veltrona France — Account Planning Guide',
 'ES':'Veltrona España — Account Planning Guide','US':'Veltrona North America — Account Planning Guide','CN':'Veltrona 中国 — 客户规划指南','JP':'Veltrona 日本 — アカウント計画ガイド'}
AUTH={'global':'amueller','DE':'jweber','FR':'cdupont','ES':'mgarcia','US':'jsmith','CN':'lwang','JP':'ksato'}
LANG={'global':'en','DE':'de','FR':'fr','ES':'es','US':'en','CN':'zh','JP':'ja'}
def money(v,cur,lang):
    if v>=1_000_000:
        m=v/1_000_000; s=('%g'%m)
        if lang in('de','fr','es'): s=s.replace('.',',')
        scale='Mio' if lang=='de' else 'M'
        return f'{cur} {s} {scale}' if lang=='de' else f'{cur} {s}M'
    k=v/1000; return f'{cur} {"%g"%k}k'
byfile=collections.OrderedDict((k,[]) for k in TITLES)
for it in d['items']:
    byfile[it.get('country') or 'global'].append(it)
def unitlines(units):
    kids=collections.defaultdict(list)
    for u in units: kids[u.get('parent')].append(u)
    out=[]
    def walk(p,depth):
        for u in kids[p]:
            out.append('  '*depth+f"- {u['title']} {{#{u['id']}}}")
            walk(u['id'],depth+1)
    walk(None,0); return out
for key,items in byfile.items():
    lang=LANG[key]; l=L[lang]
    fm=['---','account: Veltrona Group']
    if key!='global': fm.append(f'country: {key}')
    fm+= [f'language: {lang}','updated: 2026-11-20',f'authors: ["@{AUTH[key]}"]','---','']
    out=fm+[f'# {TITLES[key]}','']
    if key=='global':
        out+=['## Team','',
          '- Anna Müller (@amueller) — Key Account Manager','  - Function: Sales','  - Country: DE',
          '- Jonas Weber (@jweber) — Field Application Engineer','  - Function: Application Engineering','  - Country: DE',
          '- Claire Dupont (@cdupont) — Account Manager','  - Function: Sales','  - Country: FR',
          '- María García (@mgarcia) — Account Manager','  - Function: Sales','  - Country: ES',
          '- John Smith (@jsmith) — Product Marketing Manager','  - Function: Product Marketing','  - Country: US',
          '- Li Wang (@lwang) — Quality Engineer','  - Function: Quality','  - Country: CN',
          '- Kenji Sato (@ksato) — Sales Engineer','  - Function: Sales','  - Country: JP','']
        out+=['## Customer Organization','']+unitlines(d['units'])+['']
    out+=[f"## {l['items']}",'']
    for kind,head in (('issue',l['issues']),('opportunity',l['opps'])):
        sel=[i for i in items if i['kind']==kind]
        if not sel: continue
        out+=[f'### {head}','']
        for i in sel:
            out.append(f"- {i['id']}: {i['title']}")
            if i.get('unit'): out.append(f"  - {l['unit']}: #{i['unit']}")
            if i.get('themes'): out.append(f"  - {l['themes']}: {'; '.join(i['themes'])}")
            if i.get('priority'): out.append(f"  - {l['prio']}: {l['p'][i['priority']]}")
            if i.get('value'): out.append(f"  - {l['value']}: {money(i['value'],i['currency'],lang)}")
            if i.get('products'): out.append(f"  - {l['products']}: {', '.join(i['products'])}")
        out.append('')
    name='global.md' if key=='global' else f'{key.lower()}.md'
    open(base+'guides/'+name,'w').write('\n'.join(out).rstrip()+'\n')
clusters=collections.OrderedDict()
for it in d['items']: clusters.setdefault(it['cluster'],[]).append(it['id'])
lines=['# The clusters a reviewer expects from the guides in guides/ (same items and labels as',
 '# labelled-items.yaml): label → item ids. Singletons are listed too.','clusters:']
for k,v in clusters.items(): lines.append(f'  {k}: [{", ".join(v)}]')
open(base+'expected-clusters.yaml','w').write('\n'.join(lines)+'\n')
