import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';

/**
 * The historical cases nearest to this table's deal, asked once per state of the deal (concluded, then rated) so
 * that the ranking can use the durability score as soon as it is known.
 */
export function renderPrecedents(el, ctx) {
  const key = `${ctx.state.phase}:${ctx.state.rating ? 'rated' : 'unrated'}`;
  if (ctx.precedentsKey !== key) {
    ctx.precedentsKey = key;
    api(`/api/v1/tables/${ctx.tableId}/precedents`, { token: ctx.seat.seatToken })
      .then((answer) => { ctx.precedents = answer; }, (error) => { ctx.precedents = { available: false, error: error.message, precedents: [] }; })
      .then(() => {
        if (ctx.precedentsKey !== key) return;
        fill(el, ctx.precedents);
        // the case library may be briefly out of reach: ask again a few times rather than leave the debrief without it
        ctx.precedentRetries = ctx.precedentRetries || 0;
        if (!ctx.precedents.available && ctx.precedentRetries < 6) {
          ctx.precedentRetries += 1;
          setTimeout(() => { ctx.precedentsKey = null; renderPrecedents(el, ctx); }, 5000);
        }
      });
  }
  if (ctx.precedents) fill(el, ctx.precedents);
  else replace(el, h('h3', {}, t('precedents')), h('p', { class: 'muted' }, t('loading')));
}

const readable = (value) => String(value).toLowerCase().replace(/_/g, ' ');

function fill(el, answer) {
  const heading = h('h3', {}, t('precedents'));
  if (!answer.available) {
    replace(el, heading, h('p', { class: 'muted', id: 'precedents-unavailable' }, t('precedentsUnavailable')));
    return;
  }
  replace(el, heading, h('p', { class: 'muted' }, t('precedentsIntro')), h('ol', { class: 'precedents', id: 'precedents-list' },
    answer.precedents.map((p) => h('li', {},
      h('strong', {}, p.name), p.date ? ` (${p.date.slice(0, 4)})` : '',
      p.score !== null && p.score !== undefined ? h('span', { class: 'badge' }, t('score', { s: p.score })) : null,
      h('span', { class: `badge outcome-${String(p.outcome).toLowerCase()}` }, t(`outcome_${p.outcome}`, { y: p.years ?? '' })),
      h('p', { class: 'shared' }, t('sharedFeatures', { n: Object.keys(p.sharedFeatures).length, total: p.featureCount }), ' ',
        Object.entries(p.sharedFeatures).map(([feature, value]) => h('span', { class: 'badge support' },
          `${t(`feat_${feature}`)}: ${readable(value)}`))),
      p.whatHappened ? h('p', {}, p.whatHappened) : null))), modelCheck(answer.modelCheck));
}

const percent = (index) => Math.round(index * 100);

const known = (index) => index !== null && index !== undefined;

function modelCheck(check) {
  if (!check) return null;
  const heldOut = known(check.heldOutIndex)
    ? ` ${t('modelCheckHeldOut', { h: percent(check.heldOutIndex), q: check.heldOutPairs })}` : '';
  const blind = known(check.blindIndex)
    ? ` ${t('modelCheckBlind', { b: percent(check.blindIndex), r: check.blindPairs })}` : '';
  return h('p', { class: 'muted', id: 'model-check' },
    t('modelCheck', { c: percent(check.calibrationIndex), p: check.calibrationPairs }), heldOut, blind);
}
