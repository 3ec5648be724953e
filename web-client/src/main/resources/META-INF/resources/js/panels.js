import { h, replace } from './dom.js';
import { t, clockTime } from './i18n.js';
import { openWindow } from './table-state.js';

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

/**
 * Conditional offers: a form built once (its input survives updates) that starts empty and can be sent only once it
 * names a recipient and two different clauses; the open offers; and the offers answered while this page watched.
 */
export function buildOffers(ctx) {
  ctx.resolvedOffers = ctx.resolvedOffers || [];
  const others = ctx.scenario.roles.filter((r) => r.id !== ctx.role);
  const placeholder = (key) => h('option', { value: '' }, t(key));
  const to = h('select', { id: 'offer-to' });
  const fillTo = () => { const v = to.value; replace(to, placeholder('chooseRole'), others.map((r) => h('option', { value: r.id }, r.name))); to.value = v; };
  fillTo();
  const pick = (prefix) => {
    const issue = h('select', { id: `${prefix}-issue` });
    const option = h('select', { id: `${prefix}-option` });
    const fillIssues = () => { const v = issue.value; replace(issue, placeholder('chooseIssue'), ctx.scenario.issues.map((i) => h('option', { value: i.id }, i.title))); issue.value = v; };
    const fillOptions = () => {
      const chosen = ctx.scenario.issues.find((i) => i.id === issue.value);
      const v = option.value;
      replace(option, placeholder('chooseOption'), (chosen?.options || []).map((o) => h('option', { value: o.id }, o.label)));
      option.value = chosen?.options.some((o) => o.id === v) ? v : '';
      option.disabled = !chosen;
    };
    issue.addEventListener('change', fillOptions);
    fillIssues();
    fillOptions();
    return { issue, option, fillIssues, fillOptions };
  };
  const give = pick('give');
  const want = pick('want');
  const note = h('input', { id: 'offer-note', maxlength: 500 });
  const hint = h('p', { id: 'offer-hint', class: 'muted', 'aria-live': 'polite' });
  const labels = {};
  const label = (key, control) => (labels[key] = h('label', { for: control.id }));
  const fieldLabel = (control) => h('label', { for: control.id, class: 'sub' });
  const pairFields = (pair) => [h('div', {}, pair.issueLabel = fieldLabel(pair.issue), pair.issue),
    h('div', {}, pair.optionLabel = fieldLabel(pair.option), pair.option)];
  const submit = h('button', { type: 'submit', id: 'offer-send', 'aria-describedby': 'offer-hint' });
  const form = h('form', { class: 'offer-form' },
    h('div', {}, label('offerTo', to), to),
    h('fieldset', {}, labels.giveLegend = h('legend'), pairFields(give)),
    h('fieldset', {}, labels.wantLegend = h('legend'), pairFields(want)),
    h('div', {}, label('note', note), note),
    hint, submit);
  const validity = () => {
    if (!to.value || !give.issue.value || !give.option.value || !want.issue.value || !want.option.value) return 'offerIncomplete';
    if (give.issue.value === want.issue.value) return 'offerSameIssue';
    return null;
  };
  const check = () => {
    const problem = validity();
    submit.disabled = ctx.state.phase !== 'NEGOTIATION' || Boolean(problem);
    hint.textContent = problem ? t(problem) : '';
  };
  form.addEventListener('change', check);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (validity()) return;
    const fields = { to: to.value, give: { issue: give.issue.value, option: give.option.value },
      want: { issue: want.issue.value, option: want.option.value } };
    if (note.value.trim()) fields.note = note.value.trim();
    ctx.move('offer', fields).then(() => {
      [to, give.issue, want.issue].forEach((s) => { s.value = ''; });
      give.fillOptions(); want.fillOptions();
      note.value = '';
      check();
    });
  });
  const list = h('ul', { class: 'offers', id: 'offer-list' });
  const answered = h('div', { id: 'answered-offers' });
  const declineForms = new Map();
  let shown = '';
  const describe = (o) => t('offerFrom', { from: ctx.roleName(o.from), to: ctx.roleName(o.to),
    give: `${ctx.issueTitle(o.give.issue)}: ${ctx.optionLabel(o.give.issue, o.give.option)}`,
    want: `${ctx.issueTitle(o.want.issue)}: ${ctx.optionLabel(o.want.issue, o.want.option)}` });
  const declineForm = (o) => {
    if (declineForms.has(o.offerId)) return declineForms.get(o.offerId);
    const id = `decline-reason-${o.offerId}`;
    const reason = h('input', { id, maxlength: 500, class: 'decline-reason' });
    const reasonLabel = h('label', { for: id, class: 'sub' });
    const send = h('button', { type: 'submit', class: 'decline-send' });
    const back = h('button', { type: 'button' });
    const el = h('form', { class: 'decline-offer', hidden: true }, reasonLabel, reason, send, back);
    back.addEventListener('click', () => { el.hidden = true; });
    el.addEventListener('submit', (e) => {
      e.preventDefault();
      const fields = { offerId: o.offerId };
      if (reason.value.trim()) fields.reason = reason.value.trim();
      ctx.move('decline-offer', fields);
    });
    const form = { el, reason, label: () => { reasonLabel.textContent = t('declineReason'); send.textContent = t('confirmDecline'); back.textContent = t('cancel'); } };
    declineForms.set(o.offerId, form);
    return form;
  };
  const update = () => {
    labels.offerTo.textContent = t('offerTo'); labels.note.textContent = t('note');
    labels.giveLegend.textContent = t('give'); labels.wantLegend.textContent = t('want');
    submit.textContent = t('sendOffer');
    [[give, 'give'], [want, 'want']].forEach(([pair, key]) => {
      pair.issueLabel.textContent = t('clause'); pair.optionLabel.textContent = t('option');
      pair.issue.setAttribute('aria-label', `${t(key)}: ${t('clause')}`);
      pair.option.setAttribute('aria-label', `${t(key)}: ${t('option')}`);
    });
    check();
    const offers = ctx.state.offers;
    const frozen = Boolean(openWindow(ctx.state));
    // Rebuilt only when what it shows changes, so a reason being typed is not interrupted by unrelated events.
    const key = JSON.stringify([offers.map((o) => o.offerId), ctx.resolvedOffers.length, frozen, ctx.state.phase,
      ctx.state.version, document.documentElement.lang]);
    if (key === shown) return;
    shown = key;
    fillTo(); give.fillIssues(); want.fillIssues(); give.fillOptions(); want.fillOptions(); check();
    const items = offers.map((o) => {
      const li = h('li', { class: 'offer', 'data-offer': o.offerId }, h('span', {}, describe(o)), o.note ? h('q', {}, o.note) : null);
      if (o.to === ctx.role) {
        const decline = declineForm(o);
        decline.label();
        li.append(h('button', { type: 'button', class: 'primary accept-offer', disabled: frozen || ctx.state.version === 0 || undefined,
          onclick: () => ctx.move('accept-offer', { offerId: o.offerId }) }, t('accept')),
        h('button', { type: 'button', class: 'decline-offer-open', onclick: () => { decline.el.hidden = false; decline.reason.focus(); } }, t('decline')),
        decline.el);
        if (frozen) li.append(h('p', { class: 'muted' }, t('acceptFrozen')));
      }
      return li;
    });
    const resolved = ctx.resolvedOffers.slice(0, 10);
    if (!items.length && !resolved.length) replace(list, h('li', { class: 'muted' }, t('noOffers')));
    else if (!items.length) replace(list);
    else replace(list, items);
    list.hidden = !items.length && resolved.length > 0;
    replace(answered, resolved.length ? [h('h3', {}, t('answeredOffers')), h('ul', { class: 'offers answered', id: 'answered-list' },
      resolved.map((r) => h('li', { class: `offer ${r.status}` }, h('span', {}, describe(r.offer)), ' ',
        h('strong', { class: `badge ${r.status === 'accepted' ? 'support' : 'object'}` },
          r.status === 'accepted' ? t('acceptedBy', { role: ctx.roleName(r.by) })
            : r.reason ? t('declinedByWhy', { role: ctx.roleName(r.by), reason: r.reason }) : t('declinedBy', { role: ctx.roleName(r.by) })))))] : []);
  };
  return { el: h('div', {}, form, list, answered), update };
}

/**
 * Signatures and the signing window. The first signature on a version puts it out for signature: the draft is frozen
 * until every role signs, one declines with a reason, or the window closes. Built once so a reason being typed
 * survives updates.
 */
export function buildSigning(ctx) {
  const heading = h('h2');
  const status = h('div', { id: 'signing-status' });
  const countdown = h('p', { id: 'signing-countdown', class: 'countdown' });
  // The buttons are built once and updated in place: a click never lands on a button replaced by the next event.
  const signButton = h('button', { type: 'button', id: 'sign', class: 'primary' });
  const signHelp = h('p', { class: 'muted', id: 'sign-help' });
  const youSigned = h('p', { id: 'you-signed' });
  const unsignButton = h('button', { type: 'button', id: 'unsign', onclick: () => ctx.move('unsign') });
  signButton.addEventListener('click', () => {
    const window = openWindow(ctx.state);
    ctx.move('sign', { version: window ? window.version : ctx.state.version });
  });
  const actions = h('div', { class: 'signing-actions' }, youSigned, signButton, signHelp, unsignButton);
  const reason = h('input', { id: 'decline-signing-reason', maxlength: 500, required: true });
  const reasonLabel = h('label', { for: 'decline-signing-reason' });
  const declineButton = h('button', { type: 'submit', id: 'decline-signing', class: 'danger' });
  const declineForm = h('form', { class: 'decline-signing', id: 'decline-signing-form' }, reasonLabel, reason, declineButton);
  const reasonCheck = () => { declineButton.disabled = !reason.value.trim(); };
  reason.addEventListener('input', reasonCheck);
  declineForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const window = openWindow(ctx.state);
    if (!window || !reason.value.trim()) return;
    ctx.move('decline-signing', { version: window.version, reason: reason.value.trim() }).then(() => { reason.value = ''; reasonCheck(); });
  });
  const whatIfButton = h('button', { type: 'button', id: 'what-if', onclick: () => whatIf(ctx) });
  const whatIfResult = h('p', { id: 'what-if-result' });
  const el = h('div', { class: 'signing' }, heading, status, countdown, actions, declineForm, whatIfButton, whatIfResult);
  const tick = () => {
    const window = openWindow(ctx.state);
    countdown.hidden = !window;
    if (!window) return;
    const total = Math.max(0, Math.round((Date.parse(window.closesAt) - Date.now()) / 1000));
    countdown.textContent = `${t('closesIn', { t: `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` })} (${t('closesAt', { time: clockTime(window.closesAt) })})`;
    countdown.classList.toggle('urgent', total < 30);
  };
  const update = () => {
    const { state } = ctx;
    const window = openWindow(state);
    const negotiating = state.phase === 'NEGOTIATION' && state.version > 0;
    const signed = state.signatures.includes(ctx.role);
    const names = (roles) => roles.map((r) => ctx.roleName(r)).join(', ');
    const waiting = ctx.scenario.roles.map((r) => r.id).filter((r) => !state.signatures.includes(r));
    heading.textContent = t('signing');
    el.classList.toggle('window-open', Boolean(window));
    const parts = [];
    if (window) {
      parts.push(h('h3', { id: 'signing-window' }, t('windowTitle', { v: window.version })),
        h('p', { id: 'signing-by' }, t('windowBy', { role: ctx.roleName(window.by) })));
    }
    parts.push(h('p', { id: 'signatures' }, state.signatures.length ? t('signedBy', { roles: names(state.signatures) }) : t('nobodySigned')));
    if (window) parts.push(h('p', { id: 'awaited' }, waiting.length ? t('awaited', { roles: names(waiting) }) : t('everyoneSigned')));
    replace(status, ...parts);
    tick();
    const putsOut = !window && !signed;
    signButton.hidden = signed;
    signButton.disabled = !(window || negotiating);
    signButton.textContent = window ? t('sign', { v: window.version }) : t('signOpen', { v: state.version });
    if (putsOut) signButton.setAttribute('aria-describedby', 'sign-help'); else signButton.removeAttribute('aria-describedby');
    signHelp.hidden = !putsOut;
    signHelp.textContent = t('signOpenHelp', { m: Math.round((state.signingSeconds || 120) / 6) / 10 });
    youSigned.hidden = !signed;
    youSigned.className = window ? 'good' : '';
    const concluded = state.phase === 'CONCLUDED';
    youSigned.textContent = concluded ? t('tl_concluded', { v: state.version })
      : window ? t('youSigned', { v: window.version }) : t('keptSignature', { v: state.version });
    unsignButton.hidden = !signed || Boolean(window) || concluded;
    unsignButton.disabled = !negotiating;
    unsignButton.textContent = t('unsign');
    declineForm.hidden = !window || state.phase !== 'NEGOTIATION';
    reasonLabel.textContent = window ? t('declineSigningLabel', { v: window.version }) : '';
    declineButton.textContent = t('declineSigning');
    reasonCheck();
    whatIfButton.textContent = t('whatIf');
    whatIfButton.disabled = !(state.version > 0);
    whatIfResult.textContent = ctx.whatIfText || '';
    whatIfResult.hidden = !ctx.whatIfText;
  };
  return { el, update, tick };
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
