// Mirrors the server's TableFold for display only: the server decides, the client shows.
export function applyEvent(state, event) {
  const d = event.data || {};
  state.lastSeq = event.seq;
  switch (event.event) {
    case 'table.started': state.phase = 'NEGOTIATION'; state.round = 1; state.deadline = d.deadline;
      state.totalRounds = (d.roundMinutes || []).length || state.totalRounds;
      if (d.signingSeconds) state.signingSeconds = d.signingSeconds; break;
    case 'round.started': state.phase = 'NEGOTIATION'; state.round = d.round; state.deadline = d.deadline; break;
    case 'clock.paused': state.phase = 'PAUSED'; state.pausedRemainingMs = d.remainingMs; state.deadline = null; break;
    case 'clock.resumed': state.phase = 'NEGOTIATION'; state.deadline = d.deadline; break;
    case 'draft.proposed': changeDraft(state, event, d.options || {}); break;
    case 'draft.amended': changeDraft(state, event, { [d.issue]: d.option }); break;
    case 'offer.accepted': {
      const offer = state.offers.find((o) => o.offerId === d.offerId);
      changeDraft(state, event, d.changes || {});
      if (offer) {
        state.origins[offer.give.issue] = { role: offer.from, round: state.round, version: state.version };
        state.origins[offer.want.issue] = { role: offer.to, round: state.round, version: state.version };
      }
      state.offers = state.offers.filter((o) => o.offerId !== d.offerId);
      break;
    }
    case 'clause.stance': {
      const mine = state.stances[event.actor] || (state.stances[event.actor] = {});
      if (d.stance === 'none') delete mine[d.issue]; else mine[d.issue] = d.stance;
      break;
    }
    case 'offer.made': state.offers.push({ offerId: d.offerId, from: event.actor, to: d.to, give: d.give, want: d.want,
      note: d.note }); break;
    case 'offer.declined': state.offers = state.offers.filter((o) => o.offerId !== d.offerId); break;
    case 'signing.opened': state.signing = { version: d.version, by: event.actor, closesAt: d.closesAt }; break;
    case 'signing.declined': state.signing = null; state.signatures = state.signatures.filter((r) => r !== event.actor); break;
    case 'signing.lapsed': state.signing = null; break;
    case 'deal.signed': if (!state.signatures.includes(event.actor)) state.signatures.push(event.actor); break;
    case 'signature.withdrawn': state.signatures = state.signatures.filter((r) => r !== event.actor); break;
    case 'table.concluded': state.phase = 'CONCLUDED'; state.deadline = null; state.signing = null; break;
    case 'table.ended': state.phase = 'NO_DEAL'; state.deadline = null; state.signing = null; state.endReason = d.reason; break;
    case 'deal.rated': state.rating = d; break;
    default: break;
  }
  if (event.you) state.you = event.you;
}

function changeDraft(state, event, changes) {
  for (const [issue, option] of Object.entries(changes)) {
    if (state.draft[issue] !== option) {
      state.origins[issue] = { role: event.actor, round: state.round, version: event.data.version };
      Object.values(state.stances).forEach((byIssue) => delete byIssue[issue]);
    }
    state.draft[issue] = option;
  }
  state.version = event.data.version;
  state.signatures = [];
}

/** The open signing window on the current version, or null when the draft is open to changes. */
export function openWindow(state) {
  const w = state.signing;
  return w && w.version === state.version && state.phase !== 'CONCLUDED' && state.phase !== 'NO_DEAL' ? w : null;
}

/** Roles whose signature on the current version is still missing. */
export function awaiting(state, roles) {
  return roles.filter((r) => !state.signatures.includes(r.id)).map((r) => r.id);
}
