#!/usr/bin/env node
// Tollgate Billing: an example billing system in JavaScript, speaking ratecert protocol ratecert/1
// over HTTP (each message a JSON POST, each answer JSON). No dependencies beyond Node's standard
// library; money in integer cents (BigInt), never floating point.
//
// It claims two capabilities of Access Catalog No. 3 - payment dates (2.4.1(C)(1), 2.6 Legal
// Holidays) and labor (13.1, 13.2) - and declares everything else unclaimed in its ICS.
//
//   node server.js [port]      prints "listening http://127.0.0.1:PORT/" when ready

'use strict';
const http = require('node:http');

const DAY = 86400000;
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const iso = (date) => date.toISOString().slice(0, 10);
const parse = (s) => { const [y, m, d] = s.split('-').map(Number); return utc(y, m, d); };
const addDays = (date, n) => new Date(date.getTime() + n * DAY);
const daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function nthWeekday(y, m, weekday, n) {
  const first = utc(y, m, 1);
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}
function lastWeekday(y, m, weekday) {
  const last = utc(y, m, daysInMonth(y, m));
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}
// Legal Holidays as printed in 2.6, a weekend holiday observed on the nearest weekday.
function holidays(y) {
  const out = new Set();
  for (const day of [utc(y, 1, 1), utc(y, 7, 4), utc(y, 12, 25), utc(y + 1, 1, 1)]) {
    const dow = day.getUTCDay();
    out.add(iso(dow === 6 ? addDays(day, -1) : dow === 0 ? addDays(day, 1) : day));
  }
  for (const day of [nthWeekday(y, 2, 1, 3), lastWeekday(y, 5, 1), nthWeekday(y, 10, 1, 2), nthWeekday(y, 11, 4, 4)]) {
    out.add(iso(day));
  }
  return out;
}
const isHoliday = (d) => holidays(d.getUTCFullYear()).has(iso(d)) || holidays(d.getUTCFullYear() - 1).has(iso(d));
const closed = (d) => d.getUTCDay() === 0 || d.getUTCDay() === 6 || isHoliday(d);

function paymentDate(c) {
  const bill = parse(c.bill_date);
  const y = bill.getUTCFullYear() + (bill.getUTCMonth() === 11 ? 1 : 0);
  const m = bill.getUTCMonth() === 11 ? 1 : bill.getUTCMonth() + 2;
  const next = utc(y, m, Math.min(bill.getUTCDate(), daysInMonth(y, m)));
  let due = new Date(Math.min(addDays(bill, 31).getTime(), next.getTime()));
  const r = c.bill_receipt;
  if (r && r.extension_requested !== false && r.proof_of_late_receipt !== false) {
    const late = Math.round((parse(r.received) - addDays(bill, 11)) / DAY);
    if (late > 0) due = addDays(due, late);
  }
  const dow = due.getUTCDay();
  let step = 0;
  if (dow === 0 || (dow === 1 && isHoliday(due))) step = 1;
  else if (dow === 6 || isHoliday(due)) step = -1;
  if (step === 0) return due;
  due = addDays(due, step);
  while (closed(due)) due = addDays(due, step);
  return due;
}

// 17.6.1 and 17.6.2: cents per half hour or fraction, per person.
const LABOR = {
  'engineering/basic': ['additional_engineering.basic', 3620n],
  'engineering/overtime': ['additional_engineering.overtime', 5430n],
  'engineering/premium': ['additional_engineering.premium', 7240n],
  'install/overtime': ['additional_labor.installation_repair.overtime', 4400n],
  'install/premium': ['additional_labor.installation_repair.premium', 5867n],
  'standby/basic': ['additional_labor.standby.basic', 2934n],
  'standby/overtime': ['additional_labor.standby.overtime', 4400n],
  'standby/premium': ['additional_labor.standby.premium', 5867n],
  'other/basic': ['additional_labor.other.basic', 2934n],
  'other/overtime': ['additional_labor.other.overtime', 4400n],
  'other/premium': ['additional_labor.other.premium', 5867n],
};
const GROUP = { engineering: 'engineering', installation: 'install', repair: 'install', standby: 'standby',
  'testing-with-other-companies': 'other', other: 'other', 'additional-manual-testing': 'other',
  'cooperative-acceptance-testing': 'other', 'maintenance-of-service': 'other' };
const CLAUSE = { engineering: '13.1', installation: '13.2.1', repair: '13.2.2', standby: '13.2.3',
  'testing-with-other-companies': '13.2.4', other: '13.2.5', 'additional-manual-testing': '13.3.1(A)(3)',
  'cooperative-acceptance-testing': '13.3.1(A)(1)', 'maintenance-of-service': '13.3.2(A)' };
const SPECIAL_CLAUSE = { 'additional-manual-testing': '13.3.1(B)(2)', 'cooperative-acceptance-testing': '13.3.1(B)(1)' };

// 13.3.2(B): trouble in equipment not the company's; Special Access testing has clauses of its own
function laborClause(w) {
  if (w.kind === 'maintenance-of-service' && w.trouble === 'other-equipment') return '13.3.2(B)';
  if (w.service_class === 'special' && SPECIAL_CLAUSE[w.kind]) return SPECIAL_CLAUSE[w.kind];
  return CLAUSE[w.kind];
}
const dollars = (cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;

function laborLine(w) {
  // acceptance tests at installation are free (7.1.7); so is trouble in the company's own facilities
  if (w.kind === 'acceptance-testing') return null;
  if (w.kind === 'maintenance-of-service' && w.trouble === 'telephone-company-facilities') return null;
  if (w.declined) return null; // 5.2.5: declined Additional Engineering withdraws the order, nothing charged
  const rate = LABOR[`${GROUP[w.kind]}/${w.time || 'basic'}`];
  if (!rate) return null;
  const minutes = w.kind === 'standby' ? w.minutes - 30 : w.minutes;
  let halves = Math.max(0, Math.ceil(minutes / 30));
  if (w.call_out && w.kind !== 'engineering') halves = Math.max(halves, 8);
  const units = BigInt(halves * (w.people || 1));
  if (units === 0n) return null;
  return { element: rate[0], quantity: String(units), rate: dollars(rate[1]), amount: dollars(rate[1] * units),
    clause: `access-catalog-3:${laborClause(w)}`, ref: w.id };
}

function answer(msg) {
  if (msg.cmd === 'start') {
    return { implementation: { name: 'Tollgate Billing', version: '0.9.0', vendor: 'Tollgate', language: 'JavaScript' },
      ics: { documents: { 'access-catalog-3': { capabilities: ['payment-dates', 'labor'] } } },
      pixit: { legal_maximum_rate: null, local_holidays: [], readings: {} } };
  }
  if (msg.cmd === 'bill') {
    const c = msg.case;
    if ((c.labor || []).some((w) => w.date < '2017-01-01')) {
      return { seq: msg.seq, skipped: true, reason: 'no labor rates before 2017-01-01' };
    }
    const lines = (c.labor || []).map(laborLine).filter(Boolean);
    return { seq: msg.seq, bills: [{ bill_date: c.bill_date, payment_date: iso(paymentDate(c)), lines }] };
  }
  return {};
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let reply;
    try {
      reply = answer(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch (err) {
      reply = { seq: 0, errored: true, context: { error: String(err) } };
    }
    const body = JSON.stringify(reply);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/`);
});
