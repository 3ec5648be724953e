import { h } from './dom.js';
import { t } from './i18n.js';

/** Scenario look-ups for the instructor's pages, from GET /api/v1/seminars/{id}/scenario. */
export function labels(scenario) {
  const issue = (id) => scenario?.issues.find((i) => i.id === id);
  return {
    role: (id) => scenario?.roles.find((r) => r.id === id)?.name || (id === 'instructor' ? t('instructor') : id === 'system' ? t('system') : id),
    issue: (id) => issue(id)?.title || id,
    option: (id, option) => issue(id)?.options.find((o) => o.id === option)?.label || option || t('none'),
  };
}

/** Issues as rows, concluded tables as columns; a row whose tables chose different options is highlighted. */
export function clausesTable(results, scenario) {
  const name = labels(scenario);
  const deals = results.filter((r) => r.deal && Object.keys(r.deal).length);
  if (!deals.length || !scenario) return null;
  const head = h('tr', {}, h('th', { scope: 'col' }, t('issue')), deals.map((r) => h('th', { scope: 'col' }, t('table', { n: r.number }))));
  const rows = scenario.issues.map((issue) => {
    const chosen = deals.map((r) => r.deal[issue.id]);
    const differs = new Set(chosen).size > 1;
    return h('tr', { class: differs ? 'differs' : '', 'data-issue': issue.id },
      h('th', { scope: 'row' }, issue.title, differs ? h('span', { class: 'badge changed' }, t('differs')) : null),
      chosen.map((option) => h('td', {}, name.option(issue.id, option))));
  });
  return h('div', { class: 'board-wrap' }, h('table', { id: 'clauses-table' }, h('caption', {}, t('clausesCompared')),
    h('thead', {}, head), h('tbody', {}, rows)));
}

/**
 * One table's log as a timeline. Each draft change names who made it and what it changed, and links to the message
 * that came just before it; each rating shows the score; the last rating closes the timeline.
 */
export function timeline(events, scenario) {
  const name = labels(scenario);
  let draft = {};
  let lastMessage = null;
  let finalRating = null;
  const items = [];
  const changes = (next) => Object.entries(next).filter(([issue, option]) => draft[issue] !== option)
    .map(([issue, option]) => h('li', {}, `${name.issue(issue)}: ${draft[issue] ? name.option(issue, draft[issue]) + ' → ' : ''}${name.option(issue, option)}`));
  for (const e of events) {
    const d = e.data || {};
    const who = name.role(e.actor);
    const time = new Date(e.at).toLocaleTimeString();
    let body = null;
    let kind = 'other';
    if (e.type === 'chat.posted') {
      kind = 'message';
      body = e.privateEvent ? h('span', { class: 'muted' }, t('privateMessage', { from: who, to: name.role(d.to) }))
        : [h('strong', {}, `${who}: `), h('span', { class: 'text' }, d.text)];
      lastMessage = { seq: e.seq, who };
    } else if (['draft.proposed', 'draft.amended', 'offer.accepted'].includes(e.type)) {
      kind = 'draft-change';
      const next = e.type === 'draft.proposed' ? d.options : e.type === 'draft.amended' ? { [d.issue]: d.option } : d.changes || {};
      const what = t(`tl_${e.type}`, { who, v: d.version });
      body = [h('strong', {}, what), h('ul', {}, changes(next)),
        lastMessage ? h('p', { class: 'muted' }, t('afterMessage'), ' ', h('a', { href: `#ev-${lastMessage.seq}`, class: 'after-message' },
          t('messageRef', { n: lastMessage.seq, who: lastMessage.who }))) : null];
      draft = { ...draft, ...next };
    } else if (e.type === 'deal.rated') {
      kind = 'rating';
      finalRating = d.report;
      body = h('strong', {}, t('tl_rated', { v: d.version, s: d.report?.score, b: d.report?.band }));
    } else {
      body = describe(e, d, who, name);
    }
    items.push(h('li', { id: `ev-${e.seq}`, class: `tl-${kind}` }, h('span', { class: 'tl-time muted' }, `#${e.seq} · ${time} `), body));
  }
  const final = h('p', { id: 'timeline-final', class: 'score' }, finalRating
    ? t('finalRating', { s: finalRating.score, b: finalRating.band }) : t('notRated'));
  return h('div', {}, h('ol', { class: 'timeline', id: 'timeline-list' }, items), final);
}

function describe(e, d, who, name) {
  switch (e.type) {
    case 'clause.stance': return t(d.stance === 'support' ? 'tl_support' : 'tl_object', { who, issue: name.issue(d.issue) });
    case 'offer.made': return t('tl_offer', { who, to: name.role(d.to) });
    case 'offer.declined': return t('tl_declined', { who });
    case 'deal.signed': return t('tl_signed', { who, v: d.version });
    case 'signature.withdrawn': return t('tl_unsigned', { who, v: d.version });
    case 'table.concluded': return h('strong', {}, t('tl_concluded', { v: d.version }));
    case 'table.ended': return t('tl_ended', { r: d.reason || '' });
    case 'inject.sent': return [h('strong', {}, `${t('inject')}: `), d.title || d.injectId || ''];
    case 'instructor.broadcast': return [h('strong', {}, `${t('broadcast')}: `), h('span', { class: 'text' }, d.text)];
    case 'round.started': return t('roundN', { n: d.round });
    case 'table.started': return t('tl_started');
    case 'clock.paused': return t('phase_PAUSED');
    case 'clock.resumed': return t('resume');
    default: return e.type;
  }
}
