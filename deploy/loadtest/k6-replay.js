// Replays a channelsim trace (`channelsim run FILE --trace trace.jsonl`) against a chat
// platform's TEST instance with k6: one virtual user per contact, started at the contact's
// arrival time (scaled by SPEEDUP), sending each customer message at its traced time.
//
//   k6 run -e TRACE=trace.jsonl -e BASE_URL=https://chat-test.example.com -e SPEEDUP=1 k6-replay.js
//
// The endpoints (/conversations, /conversations/{id}/messages) are placeholders: adapt
// them to the platform's test API. A fluid chat's messages are synthesised by channelsim
// (`"synthetic": true`); -e REAL_ONLY=1 sends only message-level chats' real messages.
// See docs/trace.md.
import http from 'k6/http';
import { sleep } from 'k6';
import exec from 'k6/execution';
import { SharedArray } from 'k6/data';

const BASE_URL = __ENV.BASE_URL || 'http://localhost:8080';
const SPEEDUP = Number(__ENV.SPEEDUP || '1');

// One entry per contact: its arrival and the times of its customer messages (seconds).
const contacts = new SharedArray('contacts', function () {
  const byId = {};
  for (const line of open(__ENV.TRACE || 'trace.jsonl').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.contact === undefined) continue;
    const c = byId[e.contact] || (byId[e.contact] = { id: e.contact, channel: e.channel, arrival: e.t, messages: [], end: null });
    if (e.event === 'customer_message' && !(__ENV.REAL_ONLY && e.synthetic)) c.messages.push(e.t);
    if (e.event === 'end' || e.event === 'abandoned' || e.event === 'left_mid_chat') c.end = e.t;
  }
  return Object.values(byId).filter((c) => c.channel === (__ENV.CHANNEL || 'chat'));
});

export const options = {
  scenarios: {
    replay: {
      executor: 'per-vu-iterations',
      vus: Math.max(1, contacts.length),
      iterations: 1,
      maxDuration: __ENV.MAX_DURATION || '26h',
    },
  },
};

export default function () {
  const c = contacts[exec.vu.idInTest - 1];
  if (!c) return;
  // Pace by the trace: wait until the contact's arrival, relative to the test start.
  const elapsed = () => (Date.now() - exec.scenario.startTime) / 1000;
  const waitUntil = (t) => { const d = t / SPEEDUP - elapsed(); if (d > 0) sleep(d); };
  waitUntil(c.arrival);
  const res = http.post(`${BASE_URL}/conversations`, JSON.stringify({ trace_contact: c.id }),
    { headers: { 'Content-Type': 'application/json' } });
  const id = res.json('id') || c.id;
  for (const t of c.messages) {
    waitUntil(t);
    http.post(`${BASE_URL}/conversations/${id}/messages`, JSON.stringify({ text: 'trace message' }),
      { headers: { 'Content-Type': 'application/json' } });
  }
  if (c.end !== null) {
    waitUntil(c.end);
    http.del(`${BASE_URL}/conversations/${id}`);
  }
}
