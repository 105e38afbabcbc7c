// /compare/: keeps the choice of two or three entries in the address (?items=collection/id,…)
// and draws them side by side from /compare/items.json, the model the pre-rendered pairs use.
(() => {
  const form = document.getElementById('compare-form');
  const out = document.getElementById('compare-result');
  const status = document.getElementById('compare-status');
  if (!form || !out) return;
  const selects = [...form.querySelectorAll('select')];
  const el = (tag, props, ...kids) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...kids);
    return node;
  };
  const fromUrl = () => (new URLSearchParams(location.search).get('items') || '').split(',').filter(Boolean);
  let data;
  const draw = (keys) => {
    keys = [...new Set(keys)].filter((k) => data.items[k]).slice(0, 3);
    selects.forEach((s, i) => (s.value = keys[i] || ''));
    out.replaceChildren();
    if (keys.length < 2) return void (status.textContent = 'Choose at least two items to compare.');
    const cols = keys.map((k) => data.items[k]);
    const value = (v) =>
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
    const rows = data.rows.map((r) =>
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
  const choose = (e) => {
    e.preventDefault();
    const keys = selects.map((s) => s.value).filter(Boolean);
    history.pushState(null, '', keys.length ? `?items=${keys.join(',')}` : location.pathname);
    draw(keys);
  };
  form.addEventListener('change', choose);
  form.addEventListener('submit', choose);
  addEventListener('popstate', () => data && draw(fromUrl()));
  fetch('/compare/items.json')
    .then((r) => r.json())
    .then((d) => {
      data = d;
      form.hidden = false;
      draw(fromUrl());
    })
    .catch(() => (status.textContent = 'The comparison could not be loaded; the pairs below work without it.'));
})();
