import { h, replace } from './dom.js';
import { t, tn, clockTime } from './i18n.js';
import { openWindow } from './table-state.js';

/**
 * The negotiation board: one row per issue, built once and updated in place so focus and choices survive updates.
 * Each picker shows the current draft's option. A choice the student makes in a row is kept only while that row's
 * draft option stays what it was when the choice was made: when the draft changes under it, the picker follows the
 * draft again (and says so).
 */
export function buildBoard(ctx) {
  const { scenario, brief } = ctx;
  ctx.choices = {};
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
      edited: h('span', { class: 'badge edited', hidden: true }),
      myStance: h('td', { class: 'my-stance' }), choice: h('td', { class: 'choice' }),
    };
    for (const option of issue.options) {
      row.select.append(h('option', { value: option.id }, optionText(brief, issue.id, option)));
    }
    row.select.addEventListener('change', () => {
      const current = ctx.state.draft[issue.id] ?? null;
      if (row.select.value === current) delete ctx.choices[issue.id];
      else ctx.choices[issue.id] = { option: row.select.value, against: current };
      ctx.render();
    });
    row.support.addEventListener('click', () => stance(ctx, issue.id, row.support, 'support'));
    row.object.addEventListener('click', () => stance(ctx, issue.id, row.object, 'object'));
    row.amend.addEventListener('click', () => ctx.move('amend', { baseVersion: ctx.state.version, issue: issue.id,
      option: row.select.value }).then(() => { delete ctx.choices[issue.id]; ctx.render(); }));
    row.tr.append(h('th', { scope: 'row' }, h('details', {}, h('summary', { class: 'issue-title' }, issue.title),
      h('p', { class: 'issue-desc' }, issue.description || ''))), row.draft, row.setBy, row.stances,
    row.myStance, row.choice);
    row.myStance.append(row.support, row.object);
    row.choice.append(row.select, row.amend, row.edited);
    rows.set(issue.id, row);
    tbody.append(row.tr);
  }
  const frozenNote = h('p', { id: 'frozen-note', class: 'alert frozen', role: 'status', hidden: true });
  const propose = h('button', { type: 'button', class: 'primary', id: 'propose', 'aria-describedby': 'frozen-note' });
  const dialog = buildProposeDialog(ctx, rows);
  propose.addEventListener('click', () => dialog.open());
  const head = h('tr');
  const caption = h('caption');
  const table = h('table', { class: 'board', id: 'board' }, caption, h('thead', {}, head), tbody);
  return { frozenNote, table, propose: h('div', { class: 'propose-bar' }, propose), dialog: dialog.el,
    update: () => updateBoard(ctx, rows, head, caption, propose, frozenNote) };
}

function optionText(brief, issue, option) {
  const points = brief.points?.[issue]?.[option.id] ?? 0;
  return `${option.label} (${points >= 0 ? '+' : ''}${points})${isRedLine(brief, issue, option.id) ? ' ⚠' : ''}`;
}

/** Before a full draft exists, a picker opens on the student's own best option that crosses none of its red lines. */
function opening(brief, issue) {
  let best = null;
  for (const option of issue.options) {
    if (isRedLine(brief, issue.id, option.id)) continue;
    const points = brief.points?.[issue.id]?.[option.id] ?? 0;
    if (!best || points > best.points) best = { id: option.id, points };
  }
  return (best || issue.options[0]).id;
}

function stance(ctx, issue, button, value) {
  const next = button.getAttribute('aria-pressed') === 'true' ? 'none' : value;
  ctx.move('stance', { version: ctx.state.version, issue, stance: next });
}

export function isRedLine(brief, issue, option) {
  return (brief.redLines || []).some((r) => r.issue === issue && r.option === option);
}

/** The package the pickers show, and how it differs from the draft. */
function packageOf(ctx, rows) {
  const options = {};
  rows.forEach((row, issue) => { options[issue] = row.select.value; });
  const changes = ctx.scenario.issues.filter((i) => ctx.state.draft[i.id] !== options[i.id]);
  const redLines = ctx.scenario.issues.filter((i) => isRedLine(ctx.brief, i.id, options[i.id]));
  const points = ctx.scenario.issues.reduce((sum, i) => sum + (ctx.brief.points?.[i.id]?.[options[i.id]] ?? 0), 0);
  return { options, changes, redLines, points };
}

/** "Propose my choices": an in-page dialog lists what the package changes and the red lines it crosses first. */
function buildProposeDialog(ctx, rows) {
  const title = h('h2', { id: 'propose-title' });
  const body = h('div', { id: 'propose-summary' });
  const cancel = h('button', { type: 'button', id: 'propose-cancel' });
  const confirm = h('button', { type: 'button', class: 'primary', id: 'propose-confirm' });
  const el = h('dialog', { id: 'propose-dialog', class: 'confirm-dialog', 'aria-labelledby': 'propose-title',
    'aria-describedby': 'propose-summary' }, title, body, h('div', { class: 'dialog-buttons' }, cancel, confirm));
  let pending = null;
  cancel.addEventListener('click', () => el.close());
  el.addEventListener('close', () => { pending = null; });
  confirm.addEventListener('click', () => {
    const chosen = pending;
    el.close();
    if (!chosen) return;
    ctx.move('propose', { baseVersion: chosen.version, options: chosen.options }).then(() => { ctx.choices = {}; ctx.render(); });
  });
  const open = () => {
    const { state } = ctx;
    const pkg = packageOf(ctx, rows);
    pending = { version: state.version, options: pkg.options };
    title.textContent = t('proposeTitle');
    cancel.textContent = t('cancel');
    confirm.textContent = t('confirmPropose');
    const line = (issue) => h('li', {}, h('strong', {}, issue.title), ': ',
      state.version > 0 ? [h('span', { class: 'from' }, ctx.optionLabel(issue.id, state.draft[issue.id])), ' → '] : null,
      h('span', { class: 'to' }, ctx.optionLabel(issue.id, pkg.options[issue.id])));
    const parts = [];
    if (state.version === 0) {
      parts.push(h('p', {}, t('proposeWhole')), h('ul', { id: 'propose-changes' }, ctx.scenario.issues.map(line)));
    } else if (!pkg.changes.length) {
      parts.push(h('p', { id: 'propose-no-change' }, t('proposeNoChange')));
    } else {
      parts.push(h('p', {}, tn('proposeChanges', pkg.changes.length, { v: state.version })),
        h('ul', { id: 'propose-changes' }, pkg.changes.map(line)));
    }
    parts.push(pkg.redLines.length
      ? h('div', { class: 'alert danger', id: 'propose-red-lines' }, h('p', {}, h('strong', {}, t('proposeRedLines'))),
        h('ul', {}, pkg.redLines.map((i) => h('li', {}, `${i.title} → ${ctx.optionLabel(i.id, pkg.options[i.id])}`))))
      : h('p', { class: 'muted' }, t('proposeNoRedLines')),
    h('p', {}, t('proposePoints', { p: pkg.points, n: ctx.brief.noDealValue })));
    replace(body, ...parts);
    confirm.disabled = state.version > 0 && !pkg.changes.length;
    el.showModal();
    (confirm.disabled ? cancel : confirm).focus();
  };
  return { el, open };
}

function updateBoard(ctx, rows, head, caption, propose, frozenNote) {
  const { state, scenario, role, brief } = ctx;
  caption.textContent = `${t('board')} · ${t('draftVersion', { v: state.version })}`;
  replace(head, ...[t('issue'), t('draft'), t('setBy'), t('stances'), t('stance'), t('yourChoice')]
    .map((label, i) => h('th', { scope: 'col' }, i === 4 ? t('support') + ' / ' + t('object') : label)));
  const open = state.phase === 'NEGOTIATION';
  const window = openWindow(state);
  const reset = [];
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
    [row.support, row.object].forEach((b) => { b.disabled = !open || noDraft; });
    row.amend.textContent = t('amend');
    row.amend.setAttribute('aria-label', `${t('amend')}: ${issue.title}`);
    row.select.disabled = !open;
    row.select.setAttribute('aria-label', `${t('yourChoice')}: ${issue.title}`);
    // A local choice survives only while the draft option it was made against is still the draft's.
    const choice = ctx.choices[issue.id];
    if (choice && choice.against !== (current ?? null)) {
      delete ctx.choices[issue.id];
      if (choice.option !== current) reset.push(issue.title);
    }
    const value = ctx.choices[issue.id]?.option ?? current ?? opening(brief, issue);
    if (row.select.value !== value) row.select.value = value;
    const edited = !noDraft && value !== current;
    row.tr.classList.toggle('edited', edited);
    row.edited.hidden = !edited;
    row.edited.textContent = t('editedChoice');
    row.amend.disabled = !open || noDraft || Boolean(window) || value === current;
  }
  propose.textContent = t('proposePackage');
  propose.disabled = !open || Boolean(window);
  frozenNote.hidden = !window;
  const frozenText = window ? t('frozen', { v: window.version, time: clockTime(window.closesAt) }) : '';
  if (frozenNote.dataset.text !== frozenText) { // replaced only when it changes, so it is announced once
    frozenNote.dataset.text = frozenText;
    replace(frozenNote, frozenText, window ? [' ', h('a', { href: '#signing' }, t('toSigning'))] : null);
  }
  if (reset.length && ctx.say) ctx.say(reset.map((issue) => t('choiceReset', { issue })).join(' '));
}
