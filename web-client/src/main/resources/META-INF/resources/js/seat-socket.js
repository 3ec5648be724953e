import { newId } from './api.js';

/**
 * The table's WebSocket. Reconnects by itself and resumes with `since` = the last sequence number seen; moves not yet
 * acknowledged are sent again with the same id after a reconnect (the server applies a repeated id only once).
 */
export class SeatSocket {
  constructor({ tableId, token, onFrame, onStatus, lastSeq, onGone }) {
    Object.assign(this, { tableId, token, onFrame, onStatus, lastSeq, onGone });
    this.pending = new Map();
    this.attempt = 0;
    this.refused = 0;
    this.status = 'connecting';
    this.closed = false;
  }

  /** Stops for good: no reconnect, and moves not yet acknowledged are dropped. */
  close() {
    this.closed = true;
    clearTimeout(this.timer);
    const ws = this.ws;
    this.ws = null;
    if (ws) ws.close();
    this.pending.clear();
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${location.host}/ws/tables/${this.tableId}?token=${encodeURIComponent(this.token)}`
      + `&since=${this.lastSeq()}`;
    if (this.closed) return;
    this.setStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = new WebSocket(url);
    this.ws = ws;
    this.welcomed = false;
    ws.onmessage = (message) => this.receive(JSON.parse(message.data));
    ws.onclose = () => {
      if (this.ws !== ws || this.closed) return;
      this.ws = null;
      this.attempt += 1;
      // The instructor moved this student (the server said so), or the token keeps being refused (a move whose frame
      // was lost, or a removal): the page re-joins to learn where it now sits.
      if (this.moved) return;
      this.refused = this.welcomed ? 0 : this.refused + 1;
      if (this.refused >= 3 && this.onGone) { this.refused = 0; this.onGone('refused'); }
      this.setStatus('reconnecting');
      const delay = Math.min(8000, 400 * 2 ** Math.min(this.attempt, 5)) * (0.75 + Math.random() / 2);
      if (!this.closed) this.timer = setTimeout(() => this.connect(), delay);
    };
  }

  receive(frame) {
    if (frame.type === 'moved') { this.moved = true; this.onGone?.('moved'); return; }
    if (frame.type === 'welcome') {
      this.attempt = 0;
      this.welcomed = true;
      this.setStatus('open');
      this.onFrame(frame);
      this.pending.forEach((move) => this.ws.send(JSON.stringify(move.frame)));
      return;
    }
    if ((frame.type === 'ack' || frame.type === 'error' || frame.type === 'what-if') && frame.id) {
      const move = this.pending.get(frame.id);
      this.pending.delete(frame.id);
      if (move) (frame.type === 'error' ? move.reject : move.resolve)(frame);
    }
    this.onFrame(frame);
  }

  /** Sends a move; the promise settles with its ack (or what-if report) or rejects with its error frame. */
  send(type, fields = {}) {
    const frame = { type, id: newId(), ...fields };
    return new Promise((resolve, reject) => {
      this.pending.set(frame.id, { frame, resolve, reject });
      if (this.ws && this.ws.readyState === WebSocket.OPEN && this.status === 'open') this.ws.send(JSON.stringify(frame));
    });
  }

  setStatus(status) {
    this.status = status;
    this.onStatus(status);
  }
}
