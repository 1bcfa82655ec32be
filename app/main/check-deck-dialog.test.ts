import { beforeEach, describe, expect, it } from 'vitest';
import { dialog, electronMock } from '../../tests/mocks/electron';
import { showCheckReport } from './check-deck-dialog';

const fixture = new URL('../../tests/fixtures/check/not-ready.md', import.meta.url).pathname;
const article = new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;

beforeEach(() => electronMock.reset());

describe('File → Check Deck…', () => {
  it('shows the problems of a deck that is not ready, and a plain "ready" for the article', async () => {
    await showCheckReport(fixture, null);
    const [notReady] = dialog.showMessageBox.mock.calls.at(-1) as [{ type: string; message: string; detail: string }];
    expect(notReady).toMatchObject({ type: 'warning', message: 'not-ready.md: fix these before class' });
    for (const reference of ['https://example.org/maps/world.png', '../school-logo.png', 'images/trade-chart.png']) expect(notReady.detail).toContain(reference);
    await showCheckReport(article, null);
    expect(dialog.showMessageBox.mock.calls.at(-1)?.[0]).toMatchObject({ type: 'info', message: 'manfaat-hubungan-internasional.md: ready for class' });
  });

  it('says why a deck cannot be checked, and does nothing without a deck', async () => {
    await showCheckReport('/nowhere/deck.md', null);
    expect(dialog.showMessageBox.mock.calls.at(-1)?.[0]).toMatchObject({ type: 'error', message: '/nowhere/deck.md does not exist.' });
    const calls = dialog.showMessageBox.mock.calls.length;
    await showCheckReport(null, null);
    expect(dialog.showMessageBox.mock.calls).toHaveLength(calls);
  });
});
