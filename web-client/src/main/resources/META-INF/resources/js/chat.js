import { h, replace } from './dom.js';
import { t } from './i18n.js';

/**
 * Public chat and one private channel per other role, with unread counts. What the student types is kept per channel
 * in localStorage until the server has acknowledged it, so a reconnect or a reload loses nothing.
 */
export function buildChat(ctx) {
  const channels = ['public', ...ctx.scenario.roles.filter((r) => r.id !== ctx.role).map((r) => r.id)];
  const messages = Object.fromEntries(channels.map((c) => [c, []]));
  const unread = Object.fromEntries(channels.map((c) => [c, 0]));
  let active = 'public';
  const draftKey = (channel) => `chatDraft:${ctx.tableId}:${channel}`;
  const tabs = h('div', { class: 'chat-tabs', role: 'group' });
  const log = h('ol', { class: 'chat-log', id: 'chat-log', 'aria-live': 'polite' });
  const input = h('textarea', { id: 'chat-input', rows: 2, maxlength: 2000 });
  const label = h('label', { for: 'chat-input' });
  const submit = h('button', { type: 'submit', id: 'chat-send' });
  const heading = h('h2');
  const form = h('form', { class: 'chat-form' }, label, input, submit);
  input.value = localStorage.getItem(draftKey(active)) || '';
  input.addEventListener('input', () => localStorage.setItem(draftKey(active), input.value));
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); } });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const channel = active;
    const fields = channel === 'public' ? { text } : { text, to: channel };
    input.value = '';
    const pending = h('li', { class: 'pending' }, h('span', { class: 'who' }, ctx.roleName(ctx.role)), h('span', { class: 'text' }, text));
    log.append(pending);
    ctx.move('chat', fields).then(() => {
      pending.remove();
      if (localStorage.getItem(draftKey(channel)) === text || channel === active && !input.value) localStorage.removeItem(draftKey(channel));
    }, () => {
      pending.remove();
      if (channel === active && !input.value) input.value = text;
      localStorage.setItem(draftKey(channel), text);
    });
  });

  function render() {
    heading.textContent = t('chat');
    label.textContent = t('message');
    submit.textContent = t('send');
    replace(tabs, channels.map((c) => h('button', { type: 'button', 'aria-pressed': String(c === active), 'data-channel': c,
      onclick: () => select(c) }, c === 'public' ? t('public') : ctx.roleName(c),
    unread[c] ? h('span', { class: 'unread', 'aria-label': t('unread', { n: unread[c] }) }, String(unread[c])) : null)));
    replace(log, messages[active].map((m) => h('li', { class: m.actor === ctx.role ? 'mine' : '' },
      h('span', { class: 'who' }, m.actor === 'instructor' ? t('broadcast') : ctx.roleName(m.actor)),
      h('span', { class: 'text' }, m.text))));
    log.scrollTop = log.scrollHeight;
  }

  function select(channel) {
    localStorage.setItem(draftKey(active), input.value);
    active = channel;
    unread[channel] = 0;
    input.value = localStorage.getItem(draftKey(channel)) || '';
    render();
  }

  function add(event) {
    const d = event.data || {};
    const channel = !d.to ? 'public' : (event.actor === ctx.role ? d.to : event.actor);
    if (!messages[channel]) return;
    messages[channel].push({ actor: event.actor, text: d.text });
    if (channel !== active && event.actor !== ctx.role) unread[channel] += 1;
    render();
  }

  return { el: h('div', {}, heading, tabs, log, form), add, render };
}
