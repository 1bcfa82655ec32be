/**
 * Abusive payloads for every invoke channel of the contract (docs/reliability.md §5 H1), generated from a
 * small table per field kind: wrong types, missing and extra fields, huge strings, prototype keys, deep
 * nesting, and paths where ids or URLs are expected. Each payload says what a host must do with it:
 * `invalid` ones are refused by the contract's validator; `harmless` ones fit the validator (a path is a
 * string) and must be answered without writing, opening or showing anything.
 */
import type { InvokeChannel, InvokeRequest } from '../../app/contract/channels';
import { DEFAULT_EXPORT_OPTIONS } from '../../app/contract/export';

/** 10 MiB and one character: over every limit of the contract and of the browser host's body caps. */
export const HUGE = 'h'.repeat(10 * 1024 * 1024 + 1);
/** 2 MiB: over the notes limit (`MAX_NOTES_CHARS`), under the browser host's notes body cap. */
export const NOTES_OVER_LIMIT = 'n'.repeat(2 * 1024 * 1024);
/** How deep the nested objects and arrays go (about 12 KB of JSON; `JSON.stringify` overflows its stack near 5,000). */
export const DEEP = 2000;

/** Paths and file URLs sent where a slide id, a message or a file path is expected. */
export const PATH_STRINGS = [
  '/etc/passwd',
  '../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'file:///etc/passwd',
  'C:\\Windows\\System32\\calc.exe',
  '\\\\host\\share\\talk.md',
  '/dev/zero',
  '/proc/self/environ',
  'mimbar://deck/../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/tmp/talk.md\u0000.png',
] as const;

/** Keys and values that name Object.prototype members. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** URLs `link:open` must refuse: every scheme but http(s), every path, and over-long ones. */
const BAD_URLS = [
  ...PATH_STRINGS,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'smb://host/share',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=calc',
  'mimbar://app/audience.html',
  'https://',
  'http://',
  '',
  `https://example.org/${'a'.repeat(4100)}`,
  HUGE,
];

type Kind = 'id' | 'path' | 'url' | 'message' | 'notes' | 'count' | 'index' | 'fragment' | 'boolean' | 'enum' | 'labels' | 'options';

/** One generated payload. `jsonSafe`: sent unchanged through JSON (the browser host); false for `undefined`, NaN, BigInt, Map… */
export interface AbusivePayload {
  label: string;
  payload: unknown;
  expect: 'invalid' | 'harmless';
  jsonSafe: boolean;
}

interface Value {
  label: string;
  value: unknown;
  jsonSafe: boolean;
}

const json = (label: string, value: unknown): Value => ({ label, value, jsonSafe: true });
const ipcOnly = (label: string, value: unknown): Value => ({ label, value, jsonSafe: false });

/** `{"a":{"a":…1}}`, `DEEP` levels. */
export function deepObjectJson(depth: number = DEEP): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** An own `__proto__` key, as `JSON.parse` makes it (an object literal would set the prototype instead). */
export function ownProtoKey(inner: Record<string, unknown> = { polluted: 1 }): Record<string, unknown> {
  return JSON.parse(`{"__proto__":${JSON.stringify(inner)}}`) as Record<string, unknown>;
}

const deepObject = JSON.parse(deepObjectJson()) as unknown;
const deepArray = JSON.parse(`${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`) as unknown;
const manyKeys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));

/** Values of every JSON and structured-clone type but string, number, boolean and array, which each kind adds itself. */
const OTHER_TYPES: Value[] = [
  json('null', null),
  ipcOnly('undefined', undefined),
  json('{}', {}),
  json('deep object', deepObject),
  json('own __proto__ object', ownProtoKey()),
  json('constructor.prototype object', { constructor: { prototype: { polluted: 1 } } }),
  ipcOnly('BigInt', 10n),
  ipcOnly('Date', new Date(0)),
  ipcOnly('Map', new Map([['polluted', 1]])),
  ipcOnly('Uint8Array', new Uint8Array(8)),
];
const STRINGS: Value[] = [json('empty string', ''), json('"1"', '1'), json('"true"', 'true'), json('10 MiB string', HUGE)];
const NUMBERS: Value[] = [json('0', 0), json('-1', -1), json('1.5', 1.5), json('2^53', 2 ** 53), ipcOnly('NaN', Number.NaN), ipcOnly('Infinity', Infinity), ipcOnly('-Infinity', -Infinity)];
const BOOLEANS: Value[] = [json('true', true), json('false', false)];
const ARRAYS: Value[] = [json('[]', []), json('[1]', [1]), json('["x"]', ['x']), json('deep array', deepArray)];

const namedStrings = (strings: readonly string[]): Value[] => strings.map((text) => json(text.length > 60 ? `${text.length}-char string` : JSON.stringify(text), text));

/** For each kind: values the validator must refuse, and schema-valid values that must stay harmless. */
function valuesFor(kind: Kind): { invalid: Value[]; harmless: Value[] } {
  const notString = [...OTHER_TYPES, ...NUMBERS, ...BOOLEANS, ...ARRAYS];
  const notNumber = [...OTHER_TYPES, ...STRINGS, ...BOOLEANS, ...ARRAYS];
  const outOfRange = (...numbers: number[]) => numbers.map((n) => json(String(n), n));
  switch (kind) {
    case 'id':
      return { invalid: [...notString, ...namedStrings(['', 'i'.repeat(301), HUGE])], harmless: namedStrings([...PATH_STRINGS, ...PROTOTYPE_NAMES, 'i'.repeat(300)]) };
    case 'path':
      return { invalid: [...notString, ...namedStrings(['', 'p'.repeat(4097), HUGE])], harmless: namedStrings([...PATH_STRINGS, '/etc/passwd.md', '/nonexistent/talk.md']) };
    case 'url':
      return { invalid: [...notString, ...namedStrings(BAD_URLS)], harmless: [] };
    case 'message':
      return { invalid: [...notString, ...namedStrings(['m'.repeat(2001), HUGE])], harmless: namedStrings([...PATH_STRINGS, '<img src=x onerror=alert(1)>']) };
    case 'notes':
      return { invalid: [...notString, ...namedStrings([NOTES_OVER_LIMIT, HUGE])], harmless: [] };
    case 'count':
      return { invalid: [...notNumber, ...NUMBERS.filter((n) => n.label !== '0'), ...outOfRange(10_000_001)], harmless: [] };
    case 'index':
      return { invalid: [...notNumber, ...NUMBERS.filter((n) => n.label !== '0'), ...outOfRange(1_000_001)], harmless: [] };
    case 'fragment':
      return { invalid: [...notNumber, ...NUMBERS.filter((n) => n.label !== '0' && n.label !== '-1'), ...outOfRange(-2, 10_001)], harmless: [] };
    case 'boolean':
      return { invalid: [...OTHER_TYPES, ...STRINGS, ...NUMBERS, ...ARRAYS], harmless: [] };
    case 'enum':
      return { invalid: [...notString, ...namedStrings(['', ' none', ...PROTOTYPE_NAMES, '/etc/passwd', 'file:///etc/passwd', HUGE])], harmless: [] };
    case 'labels':
      return {
        invalid: [
          ...OTHER_TYPES,
          ...STRINGS,
          ...NUMBERS,
          ...BOOLEANS,
          json('[1]', [1]),
          json('[null]', [null]),
          json('[{}]', [{}]),
          json('[[]]', [[]]),
          json('[201 chars]', ['l'.repeat(201)]),
          json('[10 MiB string]', [HUGE]),
          json('100,001 labels', Array.from({ length: 100_001 }, () => 'x')),
          json('deep array', deepArray),
        ],
        harmless: [json('[paths]', [...PATH_STRINGS])],
      };
    case 'options':
      return { invalid: [...OTHER_TYPES, ...STRINGS, ...NUMBERS, ...BOOLEANS, ...ARRAYS], harmless: [] };
  }
}

type Fields = Record<string, Kind>;

/** A valid request of `C` and the kind of each of its fields. */
interface Sample<C extends InvokeChannel> {
  valid: InvokeRequest<C>;
  fields: Fields;
  /** Names the sample in labels when a channel has several. */
  tag?: string;
}

const EMPTY = [{ valid: {}, fields: {} }];
const OPTION_FIELDS: Fields = { layout: 'enum', fragments: 'enum', paper: 'enum', orientation: 'enum' };

/** Every channel of the contract: a new channel fails the typecheck until it is listed here. */
export const CHANNEL_SAMPLES: { [C in InvokeChannel]: Sample<C>[] } = {
  'deck:get': EMPTY,
  'deck:open-path': [{ valid: { path: '/nonexistent/talk.md' }, fields: { path: 'path' } }],
  'link:open': [{ valid: { url: 'https://example.org/' }, fields: { url: 'url' } }],
  'print:get-job': EMPTY,
  'print:progress': [{ valid: { done: 1, total: 2 }, fields: { done: 'count', total: 'count' } }],
  'print:ready': [{ valid: { pages: 1, overflowing: [], brokenImages: 0 }, fields: { pages: 'count', overflowing: 'labels', brokenImages: 'count' } }],
  'print:failed': [{ valid: { message: 'layout failed' }, fields: { message: 'message' } }],
  'presentation:get': EMPTY,
  'presentation:command': [
    { tag: 'goto', valid: { type: 'goto', h: 0, v: 0, fragment: -1 }, fields: { type: 'enum', h: 'index', v: 'index', fragment: 'fragment' } },
    { tag: 'blackout', valid: { type: 'blackout', mode: 'none' }, fields: { mode: 'enum' } },
    { tag: 'timer', valid: { type: 'timer', action: 'pause' }, fields: { action: 'enum' } },
  ],
  'window:swap-displays': EMPTY,
  'export:get-setup': EMPTY,
  'export:start': [{ valid: { options: DEFAULT_EXPORT_OPTIONS }, fields: { options: 'options' } }],
  'export:cancel': EMPTY,
  'notes:edit': [{ valid: { slideId: 'one', text: 'Spoken words.', base: '' }, fields: { slideId: 'id', text: 'notes', base: 'notes' } }],
  'notes:save-now': EMPTY,
  'notes:get-status': EMPTY,
  'notes:resolve': [
    { tag: 'theirs', valid: { slideId: 'one', keep: 'theirs' }, fields: { slideId: 'id', keep: 'enum' } },
    { tag: 'mine', valid: { slideId: 'one', keep: 'mine' }, fields: { slideId: 'id' } },
  ],
  'notes:recover': [{ valid: { restore: false }, fields: { restore: 'boolean' } }],
  'notes:save-as': EMPTY,
  'notes:get-source': EMPTY,
};

/** Extra keys merged into a valid request: each must make it invalid. */
function extraKeys(): Value[] {
  return [
    json('extra key', { extra: 1 }),
    json('own __proto__ key', ownProtoKey({ polluted: 1, path: '/etc/passwd' })),
    json('constructor key', { constructor: { prototype: { polluted: 1 } } }),
    json('prototype key', { prototype: { polluted: 1 } }),
    json('toString key', { toString: 'x' }),
    json('hasOwnProperty key', { hasOwnProperty: 1 }),
    json('10,000-char key', { ['k'.repeat(10_000)]: 1 }),
    json('deep object key', { nested: deepObject }),
  ];
}

function withField(valid: object, key: string, value: unknown): Record<string, unknown> {
  return { ...valid, [key]: value };
}

function withoutField(valid: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid };
  delete copy[key];
  return copy;
}

/** Payloads for each field of `valid`: every wrong value, the field missing, and (for `options`) each option abused in turn. */
function fieldPayloads(valid: object, fields: Fields, prefix = ''): AbusivePayload[] {
  const out: AbusivePayload[] = [];
  for (const [key, kind] of Object.entries(fields)) {
    const { invalid, harmless } = valuesFor(kind);
    for (const v of invalid) out.push({ label: `${prefix}${key} = ${v.label}`, payload: withField(valid, key, v.value), expect: 'invalid', jsonSafe: v.jsonSafe });
    for (const v of harmless) out.push({ label: `${prefix}${key} = ${v.label}`, payload: withField(valid, key, v.value), expect: 'harmless', jsonSafe: v.jsonSafe });
    out.push({ label: `${prefix}${key} missing`, payload: withoutField(valid, key), expect: 'invalid', jsonSafe: true });
    if (kind === 'options') {
      const inner = (valid as Record<string, object>)[key] as object;
      for (const nested of [...fieldPayloads(inner, OPTION_FIELDS, `${key}.`), ...extraKeys().map((v) => ({ label: `${key} + ${v.label}`, payload: { ...inner, ...(v.value as object) }, expect: 'invalid' as const, jsonSafe: v.jsonSafe }))]) {
        out.push({ ...nested, payload: withField(valid, key, nested.payload) });
      }
    }
  }
  return out;
}

/**
 * Requests a channel without fields takes as `{}`: `parseRequest` reads null and undefined as `{}`, and
 * an object without own keys (a Date, a Map) fits the empty validator. They carry no data, so they are
 * left out for those channels (and the bridge always sends `{}`).
 */
export const READ_AS_EMPTY = ['null', 'undefined', '{}', 'Date', 'Map'] as const;

/** Every abusive payload for `channel`, labelled. */
export function abusivePayloads(channel: InvokeChannel): AbusivePayload[] {
  const samples: Sample<InvokeChannel>[] = CHANNEL_SAMPLES[channel];
  const isEmpty = samples.every((sample) => Object.keys(sample.fields).length === 0);
  const topLevel: Value[] = [
    ...OTHER_TYPES.filter((v) => !(isEmpty && (READ_AS_EMPTY as readonly string[]).includes(v.label))),
    ...STRINGS,
    ...namedStrings(['/etc/passwd', '../../etc/passwd', 'file:///etc/passwd', channel]),
    ...NUMBERS,
    ...BOOLEANS,
    ...ARRAYS,
    json('[valid request]', [samples[0]?.valid]),
    json('10,000 keys', manyKeys),
  ];
  const out: AbusivePayload[] = topLevel.map((v) => ({ label: `request = ${v.label}`, payload: v.value, expect: 'invalid', jsonSafe: v.jsonSafe }));
  for (const sample of samples) {
    const tag = sample.tag ? `[${sample.tag}] ` : '';
    for (const v of extraKeys()) out.push({ label: `${tag}valid + ${v.label}`, payload: { ...sample.valid, ...(v.value as object) }, expect: 'invalid', jsonSafe: v.jsonSafe });
    for (const payload of fieldPayloads(sample.valid, sample.fields)) out.push({ ...payload, label: `${tag}${payload.label}` });
  }
  return out;
}
