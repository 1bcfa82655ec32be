// Image paths in a deck, through the real `mimbar://` protocol handler (a plain function; `electron` is
// the unit project's mock). Only what app/main/app-protocol.test.ts and app/core/files/confine-path.test.ts do
// not already prove at this level: absolute paths, fully encoded and nested `%2e%2e%2f` escapes, a linked
// folder leading outside, and names with spaces, `#`, `%` and non-ASCII letters that must load.
// docs/reliability.md §5 D2–D4.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolHandler } from '../../app/main/app-protocol';

const NFC = 'caf\u00e9.png';
const NFD = 'cafe\u0301.png';
const SPECIAL = 'my image #1 100%.png';

let base: string;
let deck: string;
let get: (url: string) => Promise<Response>;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'mimbar-image-paths-')));
  deck = join(base, 'talk');
  await mkdir(join(deck, 'img', 'nested'), { recursive: true });
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'secret.png'), 'SECRET');
  await writeFile(join(base, 'outside', 'secret.png'), 'SECRET');
  await writeFile(join(deck, 'deck.md'), '# Deck\n');
  await writeFile(join(deck, 'img', SPECIAL), 'SPECIAL');
  await writeFile(join(deck, 'img', NFC), 'NFC');
  await writeFile(join(deck, 'img', 'nested', NFD), 'NFD');
  await writeFile(join(deck, '\u0627\u0644\u0635\u0648\u0631\u0629 \u0661.png'), 'ARABIC');
  await symlink(join(base, 'outside'), join(deck, 'img', 'linked'));
  const handler = createProtocolHandler({ appRoot: join(base, 'no-app'), deckRoot: () => deck });
  get = (url) => handler(new Request(url));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('mimbar://deck/ refuses image paths that leave the deck folder', () => {
  const refused = (): string[] => [
    // Absolute paths: as a second slash, percent-encoded, and the real path of a file outside.
    'mimbar://deck//etc/passwd',
    'mimbar://deck/%2Fetc%2Fpasswd',
    `mimbar://deck/${encodeURIComponent(join(base, 'secret.png'))}`,
    `mimbar://deck/${join(base, 'secret.png')}`,
    // Fully encoded parent segments, any case, from the folder and from a subfolder.
    'mimbar://deck/%2e%2e%2fsecret.png',
    'mimbar://deck/%2E%2E%2Fsecret.png',
    'mimbar://deck/img/%2e%2e%2f%2e%2e%2fsecret.png',
    'mimbar://deck/img/..%2f..%2fsecret.png',
    'mimbar://deck/img/nested/%2e%2e/%2e%2e/%2e%2e/secret.png',
    // Encoded twice: decoded once, it is the literal name `%2e%2e%2fsecret.png`, which does not exist.
    'mimbar://deck/%252e%252e%252fsecret.png',
    // A folder inside the deck that is a link to a folder outside it.
    'mimbar://deck/img/linked/secret.png',
    'mimbar://deck/img/linked%2fsecret.png',
  ];

  it('answers 404 and never sends the file', async () => {
    for (const url of refused()) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('Not found');
    }
  });
});

describe('mimbar://deck/ serves images whose names need encoding', () => {
  it('loads names with spaces, # and %, encoded the way a browser requests them', async () => {
    // What Chromium requests for <img src="img/my%20image%20%231%20100%25.png">.
    const response = await get(`mimbar://deck/img/${encodeURIComponent(SPECIAL)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(await response.text()).toBe('SPECIAL');
  });

  it('loads non-ASCII names in the normalization they are stored in (NFC and NFD)', async () => {
    expect(await (await get(`mimbar://deck/img/${encodeURIComponent(NFC)}`)).text()).toBe('NFC');
    expect(await (await get(`mimbar://deck/img/nested/${encodeURIComponent(NFD)}`)).text()).toBe('NFD');
    expect(await (await get(`mimbar://deck/${encodeURIComponent('\u0627\u0644\u0635\u0648\u0631\u0629 \u0661.png')}`)).text()).toBe('ARABIC');
  });
});
