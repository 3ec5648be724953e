import { h, replace } from './dom.js';
import { t } from './i18n.js';

/** The negotiation board: one row per issue, built once and updated in place so focus and choices survive updates. */
export function buildBoard(ctx) {
  const { scenario, brief } = ctx;
  const rows = new Map();
  const tbody = h('tbody');
  for (const issue of scenario.issues) {
    const row = {
      tr: h('tr', { 'data-issue': issue.id }),
      draft: h('td', { class: 'draft' }), setBy: h('td', { class: 'set-by' }), stances: h('td', { class: 'stances' }),
      support: h('button', { type: 'button', class: 'stance', 'aria-pressed': 'false' }),
      object: h('button', { type: 'button', class: 'stance', 'aria-pressed': 'false' }),
      select: h('select', { 'aria-label': `${t('yourChoice')}: ${issue.title}` }),
      amend: h('button', { type: 'button' }),
      myStance: h('td', { class: 'my-stance' }), choice: h('td', { class: 'choice' }),
    };
    for (const option of issue.options) {
      const points = brief.points?.[issue.id]?.[option.id] ?? 0;
      const red = isRedLine(brief, issue.id, option.id);
      row.select.append(h('option', { value: option.id }, `${option.label} (${points >= 0 ? '+' : ''}${points})${red ? ' ⚠' : ''}`));
    }
    row.select.addEventListener('change', () => { ctx.choices[issue.id] = row.select.value; });
    row.support.addEventListener('click', () => stance(ctx, issue.id, row.support, 'support'));
    row.object.addEventListener('click', () => stance(ctx, issue.id, row.object, 'object'));
    row.amend.addEventListener('click', () => ctx.move('amend', { baseVersion: ctx.state.version, issue: issue.id,
      option: row.select.value }).then(() => delete ctx.choices[issue.id]));
    row.tr.append(h('th', { scope: 'row' }, h('details', {}, h('summary', { class: 'issue-title' }, issue.title),
      h('p', { class: 'issue-desc' }, issue.description || ''))), row.draft, row.setBy, row.stances,
    row.myStance, row.choice);
    row.myStance.append(row.support, row.object);
    row.choice.append(row.select, row.amend);
    rows.set(issue.id, row);
    tbody.append(row.tr);
  }
  const propose = h('button', { type: 'button', class: 'primary', id: 'propose' });
  propose.addEventListener('click', () => {
    const options = {};
    rows.forEach((row, issue) => { options[issue] = row.select.value; });
    ctx.move('propose', { baseVersion: ctx.state.version, options }).then(() => { ctx.choices = {}; });
  });
  const head = h('tr');
  const caption = h('caption');
  const table = h('table', { class: 'board', id: 'board' }, caption, h('thead', {}, head), tbody);
  return { table, propose, update: () => updateBoard(ctx, rows, head, caption, propose) };
}

function stance(ctx, issue, button, value) {
  const next = button.getAttribute('aria-pressed') === 'true' ? 'none' : value;
  ctx.move('stance', { version: ctx.state.version, issue, stance: next });
}

export function isRedLine(brief, issue, option) {
  return (brief.redLines || []).some((r) => r.issue === issue && r.option === option);
}

function updateBoard(ctx, rows, head, caption, propose) {
  const { state, scenario, role, brief } = ctx;
  caption.textContent = `${t('board')} · ${t('draftVersion', { v: state.version })}`;
  replace(head, ...[t('issue'), t('draft'), t('setBy'), t('stances'), t('stance'), t('yourChoice')]
    .map((label, i) => h('th', { scope: 'col' }, i === 4 ? t('support') + ' / ' + t('object') : label)));
  const open = state.phase === 'NEGOTIATION';
  for (const issue of scenario.issues) {
    const row = rows.get(issue.id);
    // On a phone the rows stack as cards; each cell then names its column itself.
    [[row.draft, t('draft')], [row.setBy, t('setBy')], [row.stances, t('stances')],
      [row.myStance, `${t('support')} / ${t('object')}`], [row.choice, t('yourChoice')]]
      .forEach(([cell, label]) => { cell.dataset.label = label; });
    const current = state.draft[issue.id];
    const origin = state.origins[issue.id];
    const changed = Boolean(origin && origin.version === state.version && state.version > 0);
    row.tr.classList.toggle('changed', changed);
    replace(row.draft, current ? ctx.optionLabel(issue.id, current) : t('none'),
      current && isRedLine(brief, issue.id, current) ? h('span', { class: 'badge danger' }, t('redLineMark')) : null,
      changed ? h('span', { class: 'badge changed' }, t('changed')) : null);
    row.setBy.textContent = origin ? t('setByRole', { role: ctx.roleName(origin.role), round: origin.round }) : t('none');
    replace(row.stances, ...scenario.roles.filter((r) => state.stances[r.id]?.[issue.id]).map((r) => {
      const value = state.stances[r.id][issue.id];
      return h('span', { class: `badge ${value}` }, `${r.name} ${value === 'support' ? '✓ ' + t('supports') : '✗ ' + t('objects')}`);
    }));
    const mine = state.stances[role]?.[issue.id];
    row.support.textContent = t('support');
    row.object.textContent = t('object');
    row.support.setAttribute('aria-pressed', String(mine === 'support'));
    row.object.setAttribute('aria-pressed', String(mine === 'object'));
    row.support.setAttribute('aria-label', `${t('support')}: ${issue.title}`);
    row.object.setAttribute('aria-label', `${t('object')}: ${issue.title}`);
    const noDraft = state.version === 0;
    [row.support, row.object, row.amend].forEach((b) => { b.disabled = !open || noDraft; });
    row.amend.textContent = t('amend');
    row.amend.setAttribute('aria-label', `${t('amend')}: ${issue.title}`);
    row.select.disabled = !open;
    const choice = ctx.choices[issue.id] ?? current ?? issue.options[0].id;
    if (document.activeElement !== row.select) row.select.value = choice;
  }
  propose.textContent = t('proposePackage');
  propose.disabled = !open;
}
