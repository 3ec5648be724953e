import { h, replace, byId } from './dom.js';
import { t, setupSwitch, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { scatterChart } from './charts.js';
import { renderQr } from './qr.js';
import { clausesTable, timeline } from './cross-debrief.js';

const ROLES = ['ukraine', 'russia', 'usa', 'europe'];
let seminar = JSON.parse(localStorage.getItem('instructorSeminar') || 'null');
let tables = [];
let results = [];
let poller = null;
let scenario = null;
let replayEvents = null;

setupSwitch(byId('lang'));
onLanguageChange(() => { if (seminar) { renderStatic(); renderTables(); renderResults(); renderInjects(); renderReplay(); } });

byId('create-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const created = await api('/api/v1/seminars', { method: 'POST',
      body: { title: byId('seminar-title').value.trim(), tables: Number(byId('table-count').value) } });
    seminar = { id: created.seminarId, token: created.instructorToken, joinCode: created.joinCode, title: created.title };
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
      : t('done', { n: outcome.length });
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
  replace(who, h('option', { value: 'total' }, t('total')), ROLES.map((r) => h('option', { value: r }, r)));
  who.value = chosen;
}

async function poll() {
  try {
    tables = await call('/tables');
    renderTables();
    if (tables.some((tb) => ['CONCLUDED', 'NO_DEAL'].includes(tb.phase)) && tables.some((tb) => !resultFor(tb)?.rating && tb.phase === 'CONCLUDED' || !resultFor(tb) && ['CONCLUDED', 'NO_DEAL'].includes(tb.phase))) {
      loadResults();
    }
  } catch (error) {
    byId('action-message').textContent = t('error', { m: error.message });
  }
}
const resultFor = (table) => results.find((r) => r.tableId === table.id);

function renderTables() {
  const select = byId('target');
  const chosen = select.value;
  replace(select, h('option', { value: '' }, t('allTables')), tables.map((tb) => h('option', { value: tb.id }, t('table', { n: tb.number }))));
  select.value = chosen;
  const replaySelect = byId('replay-table');
  const replayChosen = replaySelect.value;
  replace(replaySelect, tables.map((tb) => h('option', { value: tb.id }, t('table', { n: tb.number }))));
  if (replayChosen) replaySelect.value = replayChosen;
  replace(byId('tables'), tables.map((tb) => h('article', { class: `table-card${tb.stuck ? ' stuck' : ''}`, 'data-table': tb.number },
    h('h3', {}, t('table', { n: tb.number }), tb.stuck ? h('span', { class: 'badge danger' }, t('stuck')) : null),
    h('p', { class: 'phase' }, t(`phase_${tb.phase}`), tb.round ? ` · ${t('roundN', { n: tb.round })}` : ''),
    h('p', {}, t('draftVersion', { v: tb.draftVersion }), ' · ', t('signatures', { n: tb.signatures, total: tb.seats.length })),
    h('p', { class: 'muted' }, t('lastActivity'), ': ', tb.lastActivity ? new Date(tb.lastActivity).toLocaleTimeString() : '—'),
    h('ul', {}, tb.seats.map((seat) => h('li', {}, h('strong', {}, seat.role), ': ',
      seat.participants.filter((p) => !p.revoked).map((p) => p.displayName).join(', ') || t('empty')))))));
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
  const head = h('tr', {}, [t('tables'), t('phase'), t('durability'), ...ROLES.map((r) => `${t('points')}: ${r}`)].map((c) => h('th', { scope: 'col' }, c)));
  const rows = finished.map((r) => h('tr', {}, h('th', { scope: 'row' }, t('table', { n: r.number })), h('td', {}, t(`phase_${r.phase}`)),
    h('td', {}, r.rating ? `${r.rating.score} (${r.rating.band})` : '—'),
    ROLES.map((role) => h('td', {}, `${r.points?.[role] ?? '—'} / ${r.noDealValues?.[role] ?? '—'}`))));
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
    t('axisPoints', { who: who === 'total' ? t('total') : who }), t('durability')), h('figcaption', {}, t('crossTable'))) : null);
}

if (seminar) open();
