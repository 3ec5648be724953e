import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { survivalChart } from './charts.js';
import { renderPrecedents } from './precedents.js';

/** What a concluded or ended table looks like: the deal, its durability report and this seat's points. */
export function renderDebrief(el, ctx) {
  const { state } = ctx;
  const you = state.you || {};
  const parts = [h('h2', {}, t('debrief'))];
  if (state.phase === 'NO_DEAL') {
    parts.push(h('p', {}, t('noDealOutcome')), h('p', {}, t('endReason', { r: state.endReason || '' })));
  } else {
    parts.push(h('h3', {}, t('theDeal')), h('dl', { class: 'deal' }, ctx.scenario.issues.map((i) =>
      [h('dt', {}, i.title), h('dd', {}, ctx.optionLabel(i.id, state.draft[i.id]))])));
  }
  if (you.finalPoints !== undefined) {
    parts.push(h('h3', {}, t('points')), h('p', { id: 'final-points' },
      t('yourPoints', { p: you.finalPoints, n: you.noDealValue, g: you.gainOverNoDeal })));
  }
  if (state.phase === 'CONCLUDED') {
    const report = state.rating?.report;
    parts.push(h('h3', {}, t('durability')));
    if (!report) parts.push(h('p', { class: 'muted' }, t('awaitingRating')));
    else parts.push(...renderReport(report));
    ctx.precedentsEl = ctx.precedentsEl || h('section', { id: 'precedents', 'aria-live': 'polite' });
    parts.push(ctx.precedentsEl);
  }
  replace(el, ...parts);
  if (state.phase === 'CONCLUDED') renderPrecedents(ctx.precedentsEl, ctx);
}

export function renderReport(report) {
  const out = [h('p', { class: 'score', id: 'durability-score' }, t('score', { s: report.score }), ' · ', t('band', { b: report.band }))];
  if (report.expectedYearsOfPeace !== undefined) {
    out.push(h('p', {}, t('expectedYears', { y: Number(report.expectedYearsOfPeace).toFixed(1), h: report.horizonYears })));
  }
  if (Array.isArray(report.survival) && report.survival.length) {
    out.push(h('figure', {}, survivalChart(report.survival, t('survival'), t('year')), h('figcaption', {}, t('survival'))));
  }
  out.push(h('h4', {}, t('findings')), h('ul', { class: 'findings' }, (report.findings || []).map((f) => h('li', {},
    h('strong', {}, f.title || f.ruleId), ` (×${f.factor}) `, f.voidedBy ? h('em', {}, t('voided', { r: f.voidedBy })) : null,
    h('p', {}, f.explanation || f.effect || ''), f.source ? h('p', { class: 'muted' }, t('source', { s: f.source })) : null))));
  out.push(h('h4', {}, t('stressTests')), h('ul', { class: 'stress' }, (report.stressTests || []).map((s) => h('li', {},
    h('strong', {}, s.title || s.id), `: ${s.score}/100 (${s.band}), `, t('scoreChange', { c: s.scoreChange > 0 ? `+${s.scoreChange}` : s.scoreChange }),
    s.explanation ? h('p', {}, s.explanation) : null))));
  return out;
}
