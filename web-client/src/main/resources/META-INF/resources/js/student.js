import { h, replace, byId } from './dom.js';
import { t, setupSwitch, onLanguageChange } from './i18n.js';
import { api, newId } from './api.js';
import { SeatSocket } from './seat-socket.js';
import { applyEvent } from './table-state.js';
import { buildBoard } from './board.js';
import { renderBrief, renderMeter, buildOffers, renderSigning, buildWalkAway } from './panels.js';
import { buildChat } from './chat.js';
import { renderDebrief } from './debrief.js';

const browserKey = localStorage.getItem('browserKey') || (() => {
  const key = `b-${newId()}`;
  localStorage.setItem('browserKey', key);
  return key;
})();

let ctx = null;
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

function enterTable(seat) {
  byId('join-view').hidden = true;
  byId('table-view').hidden = false;
  let seenSeq = 0;
  const socket = new SeatSocket({
    tableId: seat.tableId, token: seat.seatToken, lastSeq: () => seenSeq,
    onStatus: (status) => {
      const el = byId('connection');
      el.dataset.status = status;
      el.textContent = t(`conn_${status}`);
    },
    onFrame: (frame) => {
      if (frame.type === 'welcome') {
        welcome(seat, socket, frame);
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
    roleName, issueTitle: (id) => issue(id)?.title || id,
    optionLabel: (id, option) => issue(id)?.options.find((o) => o.id === option)?.label || option || t('none'),
    move: (type, fields) => {
      feedback(t('pending'));
      return socket.send(type, fields).then((reply) => { feedback(t('sent')); return reply; },
        (error) => { feedback(t('error', { m: error.message }), true); throw error; });
    },
  };
  const board = buildBoard(ctx);
  const offers = buildOffers(ctx);
  const walk = buildWalkAway(ctx);
  const chat = buildChat(ctx);
  ctx.chat = chat;
  replace(byId('board-area'), board.table, board.propose);
  replace(byId('offers'), h('h2', { id: 'offers-heading' }), offers.el);
  replace(byId('walk'), walk.el);
  replace(byId('chat'), chat.el);
  ctx.render = () => {
    renderHeader();
    board.update(); offers.update(); walk.update();
    renderMeter(byId('meter'), ctx);
    renderSigning(byId('signing'), ctx);
    const ended = ['CONCLUDED', 'NO_DEAL'].includes(ctx.state.phase);
    byId('debrief').hidden = !ended;
    if (ended) renderDebrief(byId('debrief'), ctx);
    byId('offers-heading').textContent = t('offers');
    byId('news-heading').textContent = t('news');
  };
  ctx.relabel = () => { renderBrief(byId('brief'), ctx); chat.render(); ctx.render(); };
  ctx.relabel();
  setInterval(renderClock, 1000);
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
  const ms = state.phase === 'PAUSED' ? state.pausedRemainingMs : state.deadline ? Date.parse(state.deadline) - Date.now() : null;
  const el = byId('clock');
  if (ms === null || ms === undefined) { el.textContent = ''; return; }
  const total = Math.max(0, Math.round(ms / 1000));
  el.textContent = t('timeLeft', { t: `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` });
  el.classList.toggle('urgent', total < 120);
}

function record(event) {
  const d = event.data || {};
  if (event.event === 'chat.posted') ctx.chat.add(event);
  else if (event.event === 'inject.sent') notify(t('inject'), d.title, d.text, !event.replay);
  else if (event.event === 'instructor.broadcast') notify(t('broadcast'), '', d.text, !event.replay);
  else if (event.event === 'round.started') (d.injects || []).forEach((i) => notify(t('inject'), i.title, i.text, !event.replay));
  else if (event.event === 'table.ended' && d.by) notify(t('walkAway'), t('walkedAwayBy', { role: ctx.roleName(d.by) }), d.statement || '', !event.replay);
}

function notify(kind, title, text, fresh) {
  const item = h('li', { class: 'news-item' }, h('strong', {}, `${kind}${title ? ': ' + title : ''}`), h('p', {}, text));
  byId('news-list').prepend(item);
  if (fresh) {
    const toast = byId('toast');
    replace(toast, h('strong', {}, `${kind}${title ? ': ' + title : ''}`), h('p', {}, text),
      h('button', { type: 'button', onclick: () => { toast.hidden = true; } }, '×'));
    toast.lastElementChild.setAttribute('aria-label', 'OK');
    toast.hidden = false;
  }
}

function feedback(text, isError = false) {
  const el = byId('feedback');
  el.textContent = text;
  el.classList.toggle('danger', isError);
}
