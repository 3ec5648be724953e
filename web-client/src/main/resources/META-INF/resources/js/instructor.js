import { h, replace, byId } from './dom.js';
import { t, tn, setupSwitch, onLanguageChange, clockTime } from './i18n.js';
import { api } from './api.js';
import { scatterChart } from './charts.js';
import { renderQr } from './qr.js';
import { clausesTable, timeline } from './cross-debrief.js';

const ROLES = ['ukraine', 'russia', 'usa', 'europe'];
const STRATEGIES = ['boulware', 'conceder', 'tit-for-tat'];
let seminar = JSON.parse(localStorage.getItem('instructorSeminar') || 'null');
let tables = [];
let results = [];
let poller = null;
let scenario = null;
let replayEvents = null;
let catalogue = [];
const cards = new Map();

setupSwitch(byId('lang'));
onLanguageChange(() => {
  renderScenarioSummary();
  if (seminar) { cards.clear(); tablePickers = ''; replace(byId('tables')); renderStatic(); renderTables(); renderResults(); renderInjects(); renderReplay(); }
});

// The create form: the scenario from the catalogue, tables, rounds and their lengths, and bots in the empty seats.
const roleIds = () => scenario?.roles?.map((r) => r.id) || ROLES;
const roleName = (id) => scenario?.roles?.find((r) => r.id === id)?.name || id;
const chosenScenario = () => catalogue.find((c) => c.id === byId('scenario-pick').value);
/** The scenario's own round lengths, when the catalogue gives them. */
const scenarioMinutes = (summary) => {
  if (Array.isArray(summary?.roundMinutes)) return summary.roundMinutes;
  if (Array.isArray(summary?.rounds)) return summary.rounds.map((r) => r.minutes);
  return null;
};

async function loadCatalogue() {
  try {
    catalogue = await api('/api/v1/scenarios');
  } catch (error) {
    byId('create-message').textContent = t('error', { m: error.message });
    catalogue = [];
  }
  replace(byId('scenario-pick'), catalogue.map((c) => h('option', { value: c.id }, c.title)));
  pickScenario();
}

function pickScenario() {
  const summary = chosenScenario();
  const minutes = scenarioMinutes(summary);
  const count = minutes ? minutes.length : (Number.isInteger(summary?.rounds) ? summary.rounds : 4);
  byId('round-count').value = String(Math.min(8, Math.max(1, count)));
  renderRoundInputs(minutes || []);
  renderScenarioSummary();
}

function renderScenarioSummary() {
  byId('scenario-summary').textContent = chosenScenario()?.summary || '';
  byId('round-lengths').querySelectorAll('label').forEach((label, i) => { label.textContent = t('roundMinutes', { n: i + 1 }); });
  byId('round-lengths').querySelectorAll('input[placeholder]').forEach((input) => { input.placeholder = t('asPlanned'); });
}

/**
 * One minutes field per round, filled with the scenario's round lengths. A catalogue that does not give them leaves
 * the fields empty ("as the scenario plans"), and then the seminar keeps the scenario's rounds unless all are filled.
 */
function renderRoundInputs(defaults) {
  const box = byId('round-lengths');
  const kept = [...box.querySelectorAll('input')].map((i) => i.value);
  const count = Math.min(8, Math.max(1, Number(byId('round-count').value) || 1));
  const planned = scenarioMinutes(chosenScenario());
  replace(box, Array.from({ length: count }, (_, i) => {
    const value = defaults[i] ?? (kept[i] || undefined) ?? planned?.[i] ?? (planned ? planned[planned.length - 1] : undefined);
    return h('div', {}, h('label', { for: `round-minutes-${i + 1}` }, t('roundMinutes', { n: i + 1 })),
      h('input', { id: `round-minutes-${i + 1}`, class: 'round-minutes', type: 'number', min: 1, max: 240,
        required: Boolean(planned), placeholder: planned ? undefined : t('asPlanned'), value }));
  }));
}

/** The round lengths to send: every field, or none when all are left to the scenario. */
function roundMinutes() {
  const values = [...document.querySelectorAll('.round-minutes')].map((i) => i.value.trim());
  const summary = chosenScenario();
  const plannedCount = scenarioMinutes(summary)?.length ?? summary?.rounds;
  if (values.every((v) => v === '') && values.length === plannedCount) return undefined;
  if (values.some((v) => v === '')) throw new Error(t('everyRoundLength'));
  return values.map(Number);
}

byId('scenario-pick').addEventListener('change', pickScenario);
byId('round-count').addEventListener('input', () => renderRoundInputs([]));
document.querySelectorAll('input[name=bots]').forEach((radio) => radio.addEventListener('change', () => {
  byId('strategy-set').disabled = !byId('bots-play').checked;
}));

byId('create-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const body = { title: byId('seminar-title').value.trim(), tables: Number(byId('table-count').value) };
  if (byId('scenario-pick').value) body.scenarioId = byId('scenario-pick').value;
  if (byId('bots-play').checked) body.botStrategy = document.querySelector('input[name=strategy]:checked')?.value || 'boulware';
  try {
    const minutes = roundMinutes();
    if (minutes) body.roundMinutes = minutes;
    const created = await api('/api/v1/seminars', { method: 'POST', body });
    seminar = { id: created.seminarId, token: created.instructorToken, joinCode: created.joinCode, title: created.title,
      roundMinutes: created.roundMinutes || body.roundMinutes };
    localStorage.setItem('instructorSeminar', JSON.stringify(seminar));
    open();
  } catch (error) {
    byId('create-message').textContent = t('error', { m: error.message });
  }
});
byId('new-seminar').addEventListener('click', () => {
  localStorage.removeItem('instructorSeminar');
  location.reload();
});
const call = (path, options = {}) => api(`/api/v1/seminars/${seminar.id}${path}`, { ...options, token: seminar.token });

async function act(path, body) {
  const message = byId('action-message');
  try {
    const outcome = await call(path, { method: 'POST', body });
    const failed = outcome.filter((r) => !r.applied);
    message.textContent = failed.length ? t('error', { m: failed.map((r) => `${t('table', { n: r.number })}: ${r.error}`).join('; ') })
      : tn('done', outcome.length);
    poll();
  } catch (error) {
    message.textContent = t('error', { m: error.message });
  }
}
const target = () => byId('target').value || undefined;

byId('inject-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const injectId = byId('inject-pick').value;
  const body = injectId ? { tableId: target(), injectId }
    : { tableId: target(), title: byId('inject-title').value.trim(), text: byId('inject-text').value.trim() };
  act('/injects', body).then(() => { byId('inject-pick').value = ''; pickInject(); });
});
byId('broadcast-form').addEventListener('submit', (e) => {
  e.preventDefault();
  act('/broadcasts', { tableId: target(), text: byId('broadcast-text').value.trim() }).then(() => { byId('broadcast-text').value = ''; });
});
byId('lock').addEventListener('change', async (e) => {
  await call('/lock', { method: 'PUT', body: { locked: e.target.checked } });
});
byId('refresh-results').addEventListener('click', () => loadResults());
byId('export-csv').addEventListener('click', () => download('/results.csv', 'results.csv', 'text/csv'));
byId('export-json').addEventListener('click', () => download('/results', 'results.json', 'application/json'));
byId('chart-who').addEventListener('change', () => renderChart());
byId('inject-pick').addEventListener('change', () => pickInject());
byId('show-replay').addEventListener('click', () => loadReplay());

/** A scripted inject fills the title and text so the instructor reads what the tables will get before sending it. */
function pickInject() {
  const inject = scenario?.injects.find((i) => i.id === byId('inject-pick').value);
  for (const [id, value] of [['inject-title', inject?.title], ['inject-text', inject?.text]]) {
    const input = byId(id);
    input.value = value || '';
    input.readOnly = Boolean(inject);
    input.required = !inject;
  }
}

function renderInjects() {
  const pick = byId('inject-pick');
  const chosen = pick.value;
  replace(pick, h('option', { value: '' }, t('customInject')), (scenario?.injects || []).map((i) =>
    h('option', { value: i.id }, `${t('afterRound', { n: i.afterRound })}: ${i.title}`)));
  pick.value = chosen;
}

async function loadReplay() {
  const tableId = byId('replay-table').value;
  try {
    replayEvents = await call(`/tables/${tableId}/events`);
    renderReplay();
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
}

function renderReplay() {
  replace(byId('timeline'), replayEvents ? timeline(replayEvents, scenario) : null);
}

async function download(path, filename, type) {
  const response = await fetch(`/api/v1/seminars/${seminar.id}${path}`, { headers: { Authorization: `Bearer ${seminar.token}`, Accept: type } });
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function open() {
  byId('create-view').hidden = true;
  byId('console-view').hidden = false;
  try {
    const view = await call('');
    byId('lock').checked = view.locked;
    seminar.joinCode = view.joinCode;
    if (Array.isArray(view.roundMinutes)) seminar.roundMinutes = view.roundMinutes;
  } catch (error) {
    if (error.status === 401 || error.status === 403 || error.status === 404) {
      localStorage.removeItem('instructorSeminar');
      location.reload();
      return;
    }
  }
  try {
    scenario = await call('/scenario');
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
  renderStatic();
  renderInjects();
  poll();
  loadResults();
  poller = setInterval(poll, 2000);
}

function renderStatic() {
  const url = `${location.origin}/?code=${encodeURIComponent(seminar.joinCode)}`;
  byId('join-url').textContent = t('joinWith', { url: location.origin });
  byId('join-code').textContent = seminar.joinCode;
  renderQr(byId('qr'), url, t('qr')).catch(() => {});
  replace(byId('clock-buttons'), ['start', 'pause', 'resume', 'advance', 'end'].map((action) =>
    h('button', { type: 'button', 'data-action': action, onclick: () => act('/clock', { action, tableId: target() }) }, t(action))));
  const who = byId('chart-who');
  const chosen = who.value || 'total';
  replace(who, h('option', { value: 'total' }, t('total')), roleIds().map((r) => h('option', { value: r }, roleName(r))));
  byId('round-info').textContent = seminar.roundMinutes?.length ? t('roundsOfSeminar', { list: seminar.roundMinutes.join(', ') }) : '';
  who.value = chosen;
}

async function poll(force = false) {
  try {
    tables = await call('/tables');
    renderTables(force);
    if (tables.some((tb) => ['CONCLUDED', 'NO_DEAL'].includes(tb.phase)) && tables.some((tb) => !resultFor(tb)?.rating && tb.phase === 'CONCLUDED' || !resultFor(tb) && ['CONCLUDED', 'NO_DEAL'].includes(tb.phase))) {
      loadResults();
    }
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
}
const resultFor = (table) => results.find((r) => r.tableId === table.id);

let tablePickers = '';
function renderTables(force = false) {
  const pickersKey = JSON.stringify([tables.map((tb) => tb.id), document.documentElement.lang]);
  if (pickersKey !== tablePickers) { // rebuilt only when the tables change, so an open picker is not closed under the hand
    tablePickers = pickersKey;
    const select = byId('target');
    const chosen = select.value;
    replace(select, h('option', { value: '' }, t('allTables')), tables.map((tb) => h('option', { value: tb.id }, t('table', { n: tb.number }))));
    select.value = chosen;
    const replaySelect = byId('replay-table');
    const replayChosen = replaySelect.value;
    replace(replaySelect, tables.map((tb) => h('option', { value: tb.id }, t('table', { n: tb.number }))));
    if (replayChosen) replaySelect.value = replayChosen;
  }
  const grid = byId('tables');
  const busy = byId('confirm-dialog').open;
  const seen = new Set();
  tables.forEach((tb, index) => {
    seen.add(tb.id);
    let card = cards.get(tb.id);
    if (!card) {
      card = { status: h('div', { class: 'card-status' }), seats: h('ul', { class: 'seat-list' }), statusKey: '', seatsKey: '' };
      card.el = h('article', { class: 'table-card', 'data-table': tb.number }, card.status, card.seats);
      cards.set(tb.id, card);
    }
    if (grid.children[index] !== card.el) grid.insertBefore(card.el, grid.children[index] || null);
    const lang = document.documentElement.lang;
    const statusKey = JSON.stringify([tb.number, tb.phase, tb.round, tb.draftVersion, tb.signatures, tb.stuck, tb.lastActivity,
      tb.signingClosesAt, tb.seats.length, lang]);
    if (statusKey !== card.statusKey) {
      card.statusKey = statusKey;
      card.el.classList.toggle('stuck', Boolean(tb.stuck));
      replace(card.status, h('h3', {}, t('table', { n: tb.number }), tb.stuck ? h('span', { class: 'badge danger' }, t('stuck')) : null),
        h('p', { class: 'phase' }, t(`phase_${tb.phase}`), tb.round ? ` · ${t('roundN', { n: tb.round })}` : ''),
        h('p', {}, t('draftVersion', { v: tb.draftVersion }), ' · ', t('signatures', { n: tb.signatures, total: tb.seats.length })),
        tb.signingClosesAt ? h('p', { class: 'badge changed out-for-signature' }, t('outForSignature', { time: clockTime(tb.signingClosesAt) })) : null,
        h('p', { class: 'muted' }, t('lastActivity'), ': ', tb.lastActivity ? new Date(tb.lastActivity).toLocaleTimeString() : '—'));
    }
    // The seats are rebuilt only when they change, never while a dialog is open, and not while one of their pickers
    // is in use unless the instructor just acted. The control that had the focus gets it back.
    const seatsKey = JSON.stringify([tb.seats, tables.length, lang]);
    const focused = card.seats.contains(document.activeElement) ? document.activeElement : null;
    if (seatsKey === card.seatsKey || busy || (!force && focused?.tagName === 'SELECT')) return;
    card.seatsKey = seatsKey;
    replace(card.seats, [...tb.seats].sort((x, y) => roleOrder(x.role) - roleOrder(y.role)).map((seat) => seatItem(tb, seat)));
    const again = focused?.dataset.focus && card.seats.querySelector(`[data-focus="${focused.dataset.focus}"]`);
    if (again) again.focus();
  });
  cards.forEach((card, id) => { if (!seen.has(id)) { card.el.remove(); cards.delete(id); } });
}

const isBot = (p) => p.bot ?? /^Bot \((Boulware|Conceder|Tit-for-tat)\)$/.test(p.displayName);
const strategyName = (s) => t(`strat_${String(s || '').toLowerCase()}`);

function roleOrder(role) {
  const i = roleIds().indexOf(role);
  return i < 0 ? 99 : i;
}

/** One seat: who plays it (students or a bot, switchable at any time) and each student, who can be moved or removed. */
function seatItem(tb, seat) {
  const bot = seat.controller === 'BOT';
  const students = seat.participants.filter((p) => !p.revoked && !isBot(p));
  const current = bot ? `bot:${String(seat.botStrategy || '').toLowerCase()}` : 'students';
  const control = h('select', { class: 'seat-control', 'data-focus': `seat-${tb.id}-${seat.role}`, 'aria-label': `${t('playedBy')}: ${roleName(seat.role)}, ${t('table', { n: tb.number })}` },
    h('option', { value: 'students' }, t('studentsPlay')),
    STRATEGIES.map((s) => h('option', { value: `bot:${s}` }, t('botOf', { s: strategyName(s) }))));
  control.value = current;
  control.addEventListener('change', () => switchSeat(tb, seat, control, current));
  return h('li', { 'data-role': seat.role },
    h('div', { class: 'seat-head' }, h('strong', {}, roleName(seat.role)),
      bot ? h('span', { class: 'badge bot' }, t('botOf', { s: strategyName(seat.botStrategy) })) : null, control),
    h('ul', { class: 'seat-people' }, students.length ? students.map((p) => h('li', { class: bot ? 'muted' : '' },
      h('span', { class: 'student-name' }, p.displayName),
      h('button', { type: 'button', class: 'move-student', 'data-focus': `move-${p.id}`, 'aria-label': `${t('moveStudent')} ${p.displayName}`,
        onclick: () => moveStudent(tb, seat, p) }, t('moveStudent')),
      h('button', { type: 'button', class: 'remove-student', 'data-focus': `remove-${p.id}`, 'aria-label': `${t('removeStudent')} ${p.displayName}`,
        onclick: () => removeStudent(p) }, t('removeStudent'))))
      : bot ? null : h('li', { class: 'muted' }, t('empty'))));
}

/** Asks in an in-page dialog; resolves true on Confirm. */
function confirmDialog(message, body = null, okLabel = t('confirm')) {
  const dialog = byId('confirm-dialog');
  byId('confirm-title').textContent = t('confirmTitle');
  byId('confirm-message').textContent = message;
  replace(byId('confirm-body'), body);
  byId('confirm-ok').textContent = okLabel;
  byId('confirm-cancel').textContent = t('cancel');
  dialog.returnValue = '';
  return new Promise((resolve) => {
    const cancel = () => dialog.close('');
    byId('confirm-cancel').addEventListener('click', cancel, { once: true });
    dialog.addEventListener('close', () => {
      byId('confirm-cancel').removeEventListener('click', cancel);
      resolve(dialog.returnValue === 'ok');
    }, { once: true });
    dialog.showModal();
  });
}

async function switchSeat(tb, seat, control, current) {
  const choice = control.value;
  const role = roleName(seat.role);
  const strategy = choice.startsWith('bot:') ? choice.slice(4) : null;
  const ok = await confirmDialog(strategy ? t('confirmBot', { s: strategyName(strategy), role, n: tb.number })
    : t('confirmHuman', { role, n: tb.number }));
  if (!ok) { control.value = current; poll(true); return; }
  const path = `/tables/${tb.id}/seats/${seat.role}/bot`;
  try {
    if (strategy) await call(path, { method: 'PUT', body: { strategy } });
    else await call(path, { method: 'DELETE' });
    byId('action-message').textContent = t('seatSaved', { n: tb.number, role,
      who: strategy ? t('botOf', { s: strategyName(strategy) }) : t('studentsPlay') });
  } catch (error) {
    control.value = current;
    byId('action-message').textContent = t('error', { m: error.message });
  }
  poll(true);
}

async function moveStudent(tb, seat, participant) {
  const tablePick = h('select', { id: 'move-table' }, tables.map((x) => h('option', { value: x.id }, t('table', { n: x.number }))));
  const rolePick = h('select', { id: 'move-role' }, roleIds().map((r) => h('option', { value: r }, roleName(r))));
  tablePick.value = tb.id;
  rolePick.value = seat.role;
  const body = h('div', { class: 'controls' },
    h('div', {}, h('label', { for: 'move-table' }, t('replayTable')), tablePick),
    h('div', {}, h('label', { for: 'move-role' }, t('role')), rolePick));
  const ok = await confirmDialog(t('moveTitle', { name: participant.displayName }), body, t('confirmMove'));
  if (!ok) return;
  const target = tables.find((x) => x.id === tablePick.value);
  if (tablePick.value === tb.id && rolePick.value === seat.role) {
    byId('action-message').textContent = t('sameSeat');
    return;
  }
  try {
    await call(`/participants/${participant.id}/seat`, { method: 'PUT', body: { tableId: tablePick.value, role: rolePick.value } });
    byId('action-message').textContent = t('movedDone', { name: participant.displayName, role: roleName(rolePick.value), n: target?.number });
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
  poll(true);
}

async function removeStudent(participant) {
  const ok = await confirmDialog(t('confirmRemove', { name: participant.displayName }), null, t('removeStudent'));
  if (!ok) return;
  try {
    await call(`/participants/${participant.id}`, { method: 'DELETE' });
    byId('action-message').textContent = t('removedDone', { name: participant.displayName });
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
  poll(true);
}

async function loadResults() {
  try {
    results = await call('/results');
    renderResults();
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
}

function renderResults() {
  const finished = results.filter((r) => ['CONCLUDED', 'NO_DEAL'].includes(r.phase));
  if (!finished.length) { replace(byId('results'), h('p', { class: 'muted' }, t('noResults'))); replace(byId('cross-chart')); replace(byId('clauses')); return; }
  const head = h('tr', {}, [t('tables'), t('phase'), t('durability'), ...roleIds().map((r) => `${t('points')}: ${roleName(r)}`)].map((c) => h('th', { scope: 'col' }, c)));
  const rows = finished.map((r) => h('tr', {}, h('th', { scope: 'row' }, t('table', { n: r.number })), h('td', {}, t(`phase_${r.phase}`)),
    h('td', {}, r.rating ? `${r.rating.score} (${r.rating.band})` : '—'),
    roleIds().map((role) => h('td', {}, `${r.points?.[role] ?? '—'} / ${r.noDealValues?.[role] ?? '—'}`))));
  replace(byId('results'), h('table', { id: 'results-table' }, h('thead', {}, head), h('tbody', {}, rows)));
  renderChart();
  replace(byId('clauses'), clausesTable(finished, scenario));
}

function renderChart() {
  const who = byId('chart-who').value || 'total';
  const dots = results.filter((r) => r.rating).map((r) => {
    const x = who === 'total' ? Object.values(r.points || {}).reduce((a, b) => a + b, 0) : (r.points?.[who] ?? 0);
    return { x, y: r.rating.score, short: String(r.number), label: `${t('table', { n: r.number })}: ${x} / ${r.rating.score}` };
  });
  replace(byId('cross-chart'), dots.length ? h('figure', {}, scatterChart(dots, t('crossTable'),
    t('axisPoints', { who: who === 'total' ? t('total') : roleName(who) }), t('durability')), h('figcaption', {}, t('crossTable'))) : null);
}

if (seminar) open(); else loadCatalogue();
