import { h, replace, byId } from './dom.js';
import { t, setupSwitch, onLanguageChange, clockTime } from './i18n.js';
import { api, newId } from './api.js';
import { SeatSocket } from './seat-socket.js';
import { applyEvent, openWindow } from './table-state.js';
import { buildBoard } from './board.js';
import { renderBrief, renderMeter, buildOffers, buildSigning, buildWalkAway } from './panels.js';
import { buildChat } from './chat.js';
import { renderDebrief } from './debrief.js';

const browserKey = localStorage.getItem('browserKey') || (() => {
  const key = `b-${newId()}`;
  localStorage.setItem('browserKey', key);
  return key;
})();

let ctx = null;
let clockTimer = null;
// The last event of the table's history when this page first connected: older events are shown, not announced.
let historyUntil = null;
setupSwitch(byId('lang'));
onLanguageChange(() => ctx && ctx.relabel());

const form = byId('join-form');
const codeInput = byId('join-code');
const nameInput = byId('display-name');
const params = new URLSearchParams(location.search);
const saved = JSON.parse(localStorage.getItem('seat') || 'null');
codeInput.value = params.get('code') || saved?.joinCode || '';
nameInput.value = saved?.displayName || '';
form.addEventListener('submit', (e) => { e.preventDefault(); join(codeInput.value.trim().toUpperCase(), nameInput.value.trim()); });
if (saved && (!params.get('code') || params.get('code').toUpperCase() === saved.joinCode)) {
  join(saved.joinCode, saved.displayName, true);
}

async function join(joinCode, displayName, returning = false) {
  const message = byId('join-message');
  message.textContent = returning ? t('rejoining') : t('joining');
  try {
    const seat = await api('/api/v1/join', { method: 'POST', body: { joinCode, displayName, browserKey } });
    localStorage.setItem('seat', JSON.stringify({ joinCode, displayName }));
    message.textContent = '';
    enterTable(seat);
  } catch (error) {
    message.textContent = t('error', { m: error.message });
  }
}

/**
 * The instructor moved this student (a "moved" frame), or its token keeps being refused: join again with the same
 * join code and browser key, which gives this participant its current seat and a new token.
 */
async function rejoin(seat, socket, why) {
  const saved = JSON.parse(localStorage.getItem('seat') || 'null');
  if (!saved) return;
  try {
    const next = await api('/api/v1/join', { method: 'POST', body: { joinCode: saved.joinCode, displayName: saved.displayName, browserKey } });
    if (next.tableId === seat.tableId && next.role === seat.role) {
      seat.seatToken = next.seatToken;
      socket.token = next.seatToken;
      if (socket.moved) { socket.moved = false; socket.connect(); }
      return;
    }
    socket.close();
    leaveTable();
    enterTable(next, true);
  } catch (error) {
    if (error.status === 403 || error.status === 404) {
      socket.close();
      byId('connection').dataset.status = 'closed';
      byId('connection').textContent = t('conn_closed');
      addNotice(() => t('removed'), 'danger');
    } else if (why === 'moved') {
      setTimeout(() => rejoin(seat, socket, why), 2000);
    }
  }
}

/** Forgets the table this page showed, before it shows another one. */
function leaveTable() {
  ctx = null;
  notices.length = 0;
  renderNotices();
  replace(byId('news-list'));
  byId('toast').hidden = true;
  byId('signing-banner').hidden = true;
  byId('feedback').textContent = '';
}

function enterTable(seat, moved = false) {
  byId('join-view').hidden = true;
  byId('table-view').hidden = false;
  let seenSeq = 0;
  historyUntil = null;
  const socket = new SeatSocket({
    tableId: seat.tableId, token: seat.seatToken, lastSeq: () => seenSeq,
    onStatus: (status) => {
      const el = byId('connection');
      el.dataset.status = status;
      el.textContent = t(`conn_${status}`);
    },
    onGone: (why) => rejoin(seat, socket, why),
    onFrame: (frame) => {
      if (frame.type === 'welcome') {
        if (historyUntil === null) historyUntil = frame.state.lastSeq;
        welcome(seat, socket, frame);
        if (moved) {
          moved = false;
          const role = ctx.roleName(frame.role);
          addNotice(() => t('moved', { role, n: seat.tableNumber }), 'info');
        }
      } else if (frame.type === 'event') {
        if (frame.seq > seenSeq) { record(frame); seenSeq = frame.seq; }
        if (frame.seq > ctx.state.lastSeq) applyEvent(ctx.state, frame);
        ctx.render();
      } else if (frame.type === 'error' && !frame.id) {
        feedback(t('error', { m: frame.message }), true);
      }
    },
  });
  socket.connect();
}

function welcome(seat, socket, frame) {
  const state = frame.state;
  state.offers = state.offers || [];
  state.signatures = state.signatures || [];
  if (ctx) { ctx.state = state; ctx.render(); return; }
  const scenario = frame.scenario;
  const roleName = (id) => scenario.roles.find((r) => r.id === id)?.name || (id === 'instructor' ? t('broadcast') : id);
  const issue = (id) => scenario.issues.find((i) => i.id === id);
  ctx = {
    seat, socket, scenario, state, brief: frame.brief || {}, role: frame.role, tableId: seat.tableId, choices: {},
    seenOffers: new Map(), resolvedOffers: [],
    roleName, issueTitle: (id) => issue(id)?.title || id,
    optionLabel: (id, option) => issue(id)?.options.find((o) => o.id === option)?.label || option || t('none'),
    say: (text) => feedback(text, false, 8000),
    move: (type, fields) => {
      feedback(t('pending'));
      return socket.send(type, fields).then((reply) => { feedback(t('sent'), false, 3000); return reply; },
        (error) => { feedback(t('error', { m: explain(error) }), true); throw error; });
    },
  };
  const board = buildBoard(ctx);
  const offers = buildOffers(ctx);
  const signing = buildSigning(ctx);
  const walk = buildWalkAway(ctx);
  const chat = buildChat(ctx);
  ctx.chat = chat;
  ctx.signing = signing;
  replace(byId('board-area'), board.frozenNote, board.table, board.propose, board.dialog);
  replace(byId('offers'), h('h2', { id: 'offers-heading' }), offers.el);
  replace(byId('signing'), signing.el);
  replace(byId('walk'), walk.el);
  replace(byId('chat'), chat.el);
  ctx.render = () => {
    renderHeader();
    board.update(); offers.update(); signing.update(); walk.update();
    renderMeter(byId('meter'), ctx);
    renderBanner();
    const ended = ['CONCLUDED', 'NO_DEAL'].includes(ctx.state.phase);
    byId('debrief').hidden = !ended;
    if (ended) renderDebrief(byId('debrief'), ctx);
    byId('offers-heading').textContent = t('offers');
    byId('news-heading').textContent = t('news');
  };
  ctx.relabel = () => { renderBrief(byId('brief'), ctx); chat.render(); renderNotices(); ctx.render(); };
  ctx.relabel();
  if (!clockTimer) clockTimer = setInterval(renderClock, 1000);
}

/** A refused move in words: the codes a student meets in play are explained, the rest keep the server's message. */
function explain(error) {
  const { state } = ctx;
  const window = openWindow(state);
  if (error.code === 'DRAFT_FROZEN') {
    return window ? t('err_DRAFT_FROZEN', { v: window.version, time: clockTime(window.closesAt) }) : error.message;
  }
  if (error.code === 'STALE_VERSION') return t('err_STALE_VERSION', { v: state.version });
  if (['NO_CHANGE', 'WRONG_PHASE', 'RATE_LIMITED'].includes(error.code)) return t(`err_${error.code}`);
  return error.message;
}

/** The banner that tells a seat it is the only one whose signature is still missing. */
function renderBanner() {
  const { state, scenario, role } = ctx;
  const window = openWindow(state);
  const banner = byId('signing-banner');
  const onlyYou = Boolean(window) && !state.signatures.includes(role)
    && scenario.roles.every((r) => r.id === role || state.signatures.includes(r.id));
  const text = onlyYou ? t('onlyYou', { v: window.version }) : '';
  if (banner.textContent !== text) banner.textContent = text;
  banner.hidden = !onlyYou;
}

function renderHeader() {
  const { seat, state } = ctx;
  replace(byId('table-info'), h('span', {}, seat.seminarTitle), ' · ', h('span', {}, t('table', { n: seat.tableNumber })),
    ' · ', h('strong', { id: 'my-role' }, t('you', { role: ctx.roleName(ctx.role) })), ' · ',
    h('span', { id: 'phase' }, t(`phase_${state.phase}`)),
    state.round ? [' · ', h('span', {}, t('round', { n: state.round, total: state.totalRounds }))] : null);
  renderClock();
}

function renderClock() {
  if (!ctx) return;
  const { state } = ctx;
  ctx.signing.tick();
  const ms = state.phase === 'PAUSED' ? state.pausedRemainingMs : state.deadline ? Date.parse(state.deadline) - Date.now() : null;
  const el = byId('clock');
  if (ms === null || ms === undefined) { el.textContent = ''; return; }
  const total = Math.max(0, Math.round(ms / 1000));
  el.textContent = t('timeLeft', { t: `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` });
  el.classList.toggle('urgent', total < 120);
}

/** Events that leave a trace outside the board: chat, news, notices, and the offers answered. */
function record(event) {
  const d = event.data || {};
  const fresh = historyUntil === null || event.seq > historyUntil;
  const who = ctx.roleName(event.actor);
  switch (event.event) {
    case 'chat.posted': ctx.chat.add(event); break;
    case 'inject.sent': notify(t('inject'), d.title, d.text, fresh); break;
    case 'instructor.broadcast': notify(t('broadcast'), '', d.text, fresh); break;
    case 'round.started': (d.injects || []).forEach((i) => notify(t('inject'), i.title, i.text, fresh)); break;
    case 'table.ended': if (d.by) notify(t('walkAway'), t('walkedAwayBy', { role: ctx.roleName(d.by) }), d.statement || '', fresh); break;
    case 'signing.opened':
      notify(t('signingNews'), '', t('noticeOpened', { role: who, v: d.version, time: clockTime(d.closesAt) }), fresh && event.actor !== ctx.role);
      break;
    case 'signing.declined':
      notify(t('signingNews'), '', t('noticeDeclined', { role: who, v: d.version, reason: (d.reason || '').replace(/[.!。]\s*$/, '') }), fresh && !event.id);
      break;
    case 'signing.lapsed':
      notify(t('signingNews'), '', t('noticeLapsed', { v: d.version, roles: (d.awaiting || []).map((r) => ctx.roleName(r)).join(', ') }), fresh);
      break;
    case 'offer.made':
      ctx.seenOffers.set(d.offerId, { offerId: d.offerId, from: event.actor, to: d.to, give: d.give, want: d.want, note: d.note });
      break;
    case 'offer.accepted': case 'offer.declined': {
      const offer = ctx.seenOffers.get(d.offerId) || ctx.state.offers.find((o) => o.offerId === d.offerId);
      if (offer) ctx.resolvedOffers.unshift({ offer, status: event.event === 'offer.accepted' ? 'accepted' : 'declined', by: event.actor, reason: d.reason });
      break;
    }
    default: break;
  }
  if (['draft.proposed', 'draft.amended', 'offer.accepted'].includes(event.event) && fresh && !event.id
    && (d.cleared || []).includes(ctx.role)) {
    const v = d.version - 1;
    const issues = Object.keys(d.changes || {}).map((i) => ctx.issueTitle(i)).join(', ');
    const text = event.event === 'draft.amended' ? () => t('clearedAmended', { role: who, issue: ctx.issueTitle(d.issue), v })
      : event.event === 'draft.proposed' ? () => t('clearedProposed', { role: who, v }) : () => t('clearedOffer', { role: who, issues, v });
    // only the latest cleared signature stays on screen; every one stays in the news
    notify(t('signingNews'), '', text(), false);
    addNotice(text, 'warning', 'cleared');
  }
}

function notify(kind, title, text, fresh) {
  const item = h('li', { class: 'news-item' }, h('strong', {}, `${kind}${title ? ': ' + title : ''}`), h('p', {}, text));
  byId('news-list').prepend(item);
  if (fresh) {
    const toast = byId('toast');
    replace(toast, h('strong', {}, `${kind}${title ? ': ' + title : ''}`), h('p', {}, text),
      h('button', { type: 'button', onclick: () => { toast.hidden = true; } }, '×'));
    toast.lastElementChild.setAttribute('aria-label', t('dismiss'));
    toast.hidden = false;
  }
}

/** Notices that stay until the student dismisses them (a cleared signature, a move by the instructor). */
const notices = [];
function addNotice(text, kind, tag) {
  if (tag) notices.splice(0, notices.length, ...notices.filter((n) => n.tag !== tag));
  notices.push({ id: newId(), text, kind, tag });
  renderNotices();
}

function renderNotices() {
  replace(byId('notices'), notices.map((n) => h('div', { class: `notice ${n.kind}`, role: 'alert', 'data-notice': n.id },
    h('p', {}, n.text()),
    h('button', { type: 'button', class: 'dismiss', 'aria-label': `${t('dismiss')}: ${n.text()}`, onclick: () => {
      notices.splice(notices.indexOf(n), 1);
      renderNotices();
    } }, t('dismiss')))));
}

let feedbackTimer = null;
function feedback(text, isError = false, clearAfterMs = 0) {
  const el = byId('feedback');
  el.textContent = text;
  el.classList.toggle('danger', isError);
  clearTimeout(feedbackTimer);
  if (clearAfterMs) feedbackTimer = setTimeout(() => { if (el.textContent === text) el.textContent = ''; }, clearAfterMs);
}
