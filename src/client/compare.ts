// /compare/: keeps the choice of two or three entries in the address (?items=collection/id,…)
// and draws them side by side from /compare/items.json, the model the pre-rendered pairs use.
import type { CompareValue, compareItems } from '../lib/views/compare.ts';

(() => {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const out = document.getElementById('compare-result');
  const status = document.getElementById('compare-status')!;
  if (!form || !out) return;
  const selects = [...form.querySelectorAll('select')];
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props?: Partial<HTMLElementTagNameMap[K]>,
    ...kids: (Node | string)[]
  ) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...kids);
    return node;
  };
  const fromUrl = () => (new URLSearchParams(location.search).get('items') || '').split(',').filter(Boolean);
  let data: ReturnType<typeof compareItems> | undefined;
  const draw = (keys: string[]) => {
    if (!data) return;
    const { items, rows: rowList } = data;
    keys = [...new Set(keys)].filter((k) => items[k]).slice(0, 3);
    selects.forEach((s, i) => (s.value = keys[i] || ''));
    out.replaceChildren();
    if (keys.length < 2) return void (status.textContent = 'Choose at least two items to compare.');
    const cols = keys.map((k) => items[k]!);
    const value = (v: CompareValue) =>
      el(
        'li',
        {},
        v.href ? el('a', { href: v.href, textContent: v.text }) : v.text,
        v.note ? el('span', { className: 'note', textContent: ` (${v.note})` }) : '',
      );
    const head = el(
      'tr',
      {},
      el('td'),
      ...cols.map((c) =>
        el(
          'th',
          { scope: 'col' },
          el('span', { className: 'note', textContent: c.kicker }),
          el('br'),
          el('a', { href: c.href, textContent: c.label }),
          el('br'),
          el('span', { className: 'note', textContent: c.heading }),
        ),
      ),
    );
    const rows = rowList.map((r) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', textContent: r.label }),
        ...cols.map((c) =>
          el(
            'td',
            {},
            c.cells[r.id].length
              ? el('ul', {}, ...c.cells[r.id].map(value))
              : el('span', { className: 'note', textContent: 'none' }),
          ),
        ),
      ),
    );
    const caption = el('caption', {
      id: 'compare-caption',
      textContent: cols.map((c) => c.label).join(' compared with '),
    });
    out.append(
      el(
        'section',
        { className: 'table-scroll full', tabIndex: 0, ariaLabel: 'Comparison' },
        el('table', { className: 'compare' }, caption, el('thead', {}, head), el('tbody', {}, ...rows)),
      ),
    );
    status.textContent = `Comparing ${cols.length} items.`;
  };
  const choose = (e: Event) => {
    e.preventDefault();
    const keys = selects.map((s) => s.value).filter(Boolean);
    history.pushState(null, '', keys.length ? `?items=${keys.join(',')}` : location.pathname);
    draw(keys);
  };
  form.addEventListener('change', choose);
  form.addEventListener('submit', choose);
  addEventListener('popstate', () => data && draw(fromUrl()));
  fetch('/compare/items.json')
    .then((r) => r.json() as Promise<ReturnType<typeof compareItems>>)
    .then((d) => {
      data = d;
      form.hidden = false;
      draw(fromUrl());
    })
    .catch(() => (status.textContent = 'The comparison could not be loaded; the pairs below work without it.'));
})();
