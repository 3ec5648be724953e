import { h, replace } from './dom.js';
import { t } from './i18n.js';

export function renderBrief(el, ctx) {
  const { brief, scenario } = ctx;
  const schedule = scenario.issues.map((issue) => h('li', {}, h('strong', {}, issue.title), ': ',
    issue.options.map((o) => `${o.label} ${brief.points?.[issue.id]?.[o.id] ?? 0}`).join(' · ')));
  replace(el, h('h2', {}, t('brief'), ` (${brief.roleName})`),
    h('p', {}, brief.background || ''),
    h('h3', {}, t('interests')), h('ul', {}, (brief.interests || []).map((i) => h('li', {}, i))),
    h('h3', {}, t('instructions')), h('ul', {}, (brief.privateInstructions || []).map((i) => h('li', {}, i))),
    h('h3', {}, t('redLines')), h('ul', {}, (brief.redLines || []).map((r) =>
      h('li', {}, `${ctx.issueTitle(r.issue)} → ${ctx.optionLabel(r.issue, r.option)}`))),
    h('p', {}, h('strong', {}, t('noDealValue', { v: brief.noDealValue }))),
    h('details', {}, h('summary', {}, t('pointsSchedule')), h('ul', { class: 'schedule' }, schedule)));
}

export function renderMeter(el, ctx) {
  const you = ctx.state.you || {};
  const noDeal = you.noDealValue ?? ctx.brief.noDealValue;
  const best = you.best ?? ctx.brief.best;
  const parts = [h('h2', {}, t('meter'))];
  if (you.draftPoints === undefined) {
    parts.push(h('p', {}, t('noDraft')), h('p', {}, t('versusNoDeal', { v: noDeal })));
  } else {
    const good = you.draftPoints > noDeal;
    parts.push(h('p', { class: `meter-value ${good ? 'good' : 'bad'}`, id: 'meter-points' }, t('draftPoints', { p: you.draftPoints })),
      h('meter', { min: Math.min(0, you.draftPoints), max: Math.max(best, 1), low: noDeal, optimum: best,
        value: you.draftPoints, 'aria-label': t('draftPoints', { p: you.draftPoints }) }),
      h('p', {}, t('versusNoDeal', { v: noDeal }), ' · ', h('strong', {}, good ? t('aboveNoDeal') : t('belowNoDeal'))),
      h('p', { class: 'muted' }, t('best', { v: best })));
    (you.redLinesCrossed || []).forEach((r) => parts.push(h('p', { class: 'alert danger' },
      t('redLineCrossed', { issue: ctx.issueTitle(r.issue), option: ctx.optionLabel(r.issue, r.option) }))));
  }
  replace(el, ...parts);
}

/** Conditional offers: a form built once (its input survives updates) and the list of open offers. */
export function buildOffers(ctx) {
  const others = ctx.scenario.roles.filter((r) => r.id !== ctx.role);
  const to = h('select', { id: 'offer-to' }, others.map((r) => h('option', { value: r.id }, r.name)));
  const pick = (prefix) => {
    const issue = h('select', { id: `${prefix}-issue` }, ctx.scenario.issues.map((i) => h('option', { value: i.id }, i.title)));
    const option = h('select', { id: `${prefix}-option` });
    const fill = () => replace(option, ctx.scenario.issues.find((i) => i.id === issue.value).options
      .map((o) => h('option', { value: o.id }, o.label)));
    issue.addEventListener('change', fill);
    fill();
    return { issue, option };
  };
  const give = pick('give');
  const want = pick('want');
  want.issue.selectedIndex = Math.min(1, want.issue.options.length - 1);
  want.issue.dispatchEvent(new Event('change'));
  const note = h('input', { id: 'offer-note', maxlength: 500 });
  const labels = {};
  const label = (key, control) => (labels[key] = h('label', { for: control.id }));
  const form = h('form', { class: 'offer-form' },
    h('div', {}, label('offerTo', to), to),
    h('fieldset', {}, labels.giveLegend = h('legend'), give.issue, give.option),
    h('fieldset', {}, labels.wantLegend = h('legend'), want.issue, want.option),
    h('div', {}, label('note', note), note),
    labels.submit = h('button', { type: 'submit' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const fields = { to: to.value, give: { issue: give.issue.value, option: give.option.value },
      want: { issue: want.issue.value, option: want.option.value } };
    if (note.value.trim()) fields.note = note.value.trim();
    ctx.move('offer', fields).then(() => { note.value = ''; });
  });
  const list = h('ul', { class: 'offers', id: 'offer-list' });
  const update = () => {
    labels.offerTo.textContent = t('offerTo'); labels.note.textContent = t('note');
    labels.giveLegend.textContent = t('give'); labels.wantLegend.textContent = t('want');
    labels.submit.textContent = t('sendOffer');
    [[give, 'give'], [want, 'want']].forEach(([pair, key]) => {
      pair.issue.setAttribute('aria-label', `${t(key)}: ${t('issue')}`);
      pair.option.setAttribute('aria-label', `${t(key)}: ${t('draft')}`);
    });
    labels.submit.disabled = ctx.state.phase !== 'NEGOTIATION';
    const offers = ctx.state.offers;
    if (!offers.length) { replace(list, h('li', { class: 'muted' }, t('noOffers'))); return; }
    replace(list, offers.map((o) => {
      const text = t('offerFrom', { from: ctx.roleName(o.from), to: ctx.roleName(o.to),
        give: `${ctx.issueTitle(o.give.issue)}: ${ctx.optionLabel(o.give.issue, o.give.option)}`,
        want: `${ctx.issueTitle(o.want.issue)}: ${ctx.optionLabel(o.want.issue, o.want.option)}` });
      const li = h('li', { class: 'offer' }, h('span', {}, text), o.note ? h('q', {}, o.note) : null);
      if (o.to === ctx.role) {
        li.append(h('button', { type: 'button', class: 'primary', onclick: () => ctx.move('accept-offer', { offerId: o.offerId }) }, t('accept')),
          h('button', { type: 'button', onclick: () => ctx.move('decline-offer', { offerId: o.offerId }) }, t('decline')));
      }
      return li;
    }));
  };
  return { el: h('div', {}, form, list), update };
}

export function renderSigning(el, ctx) {
  const { state } = ctx;
  const open = state.phase === 'NEGOTIATION' && state.version > 0;
  const signed = state.signatures.includes(ctx.role);
  const names = state.signatures.map((r) => ctx.roleName(r)).join(', ');
  replace(el, h('h2', {}, t('signing')),
    h('p', { id: 'signatures' }, state.signatures.length ? t('signedBy', { roles: names }) : t('nobodySigned')),
    signed
      ? h('button', { type: 'button', id: 'unsign', disabled: !open || undefined, onclick: () => ctx.move('unsign') }, t('unsign'))
      : h('button', { type: 'button', id: 'sign', class: 'primary', disabled: !open || undefined,
        onclick: () => ctx.move('sign', { version: state.version }) }, t('sign', { v: state.version })),
    h('button', { type: 'button', id: 'what-if', disabled: !(state.version > 0) || undefined, onclick: () => whatIf(ctx) }, t('whatIf')),
    ctx.whatIfText ? h('p', { id: 'what-if-result' }, ctx.whatIfText) : null);
}

function whatIf(ctx) {
  ctx.move('what-if').then((frame) => {
    const report = frame.report || {};
    ctx.whatIfText = t('whatIfResult', { score: report.score, band: report.band });
    ctx.render();
  });
}

export function buildWalkAway(ctx) {
  const reason = h('input', { id: 'walk-reason', maxlength: 500 });
  const label = h('label', { for: 'walk-reason' });
  const summary = h('summary');
  const confirm = h('button', { type: 'button', class: 'danger', id: 'walk-confirm' });
  confirm.addEventListener('click', () => ctx.move('walk-away', reason.value.trim() ? { reason: reason.value.trim() } : {}));
  const el = h('details', { class: 'walk-away' }, summary, label, reason, confirm);
  return { el, update: () => {
    summary.textContent = t('walkAway'); label.textContent = t('walkReason'); confirm.textContent = t('confirmWalk');
    confirm.disabled = ['CONCLUDED', 'NO_DEAL'].includes(ctx.state.phase);
  } };
}
