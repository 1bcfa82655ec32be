// @vitest-environment jsdom
/** Diagrams through the views' one sanitizer (jsdom), as every window shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { loadDiagramLibrary } from '../../app/core/deck/diagrams/diagram-library';
import { sanitizeHtml } from '../../renderer/shared/sanitize/sanitize-html';

const htmlOf = (...blocks: string[]): string =>
  buildDeck(`---\ndialect: mimbar\n---\n\n# Diagrams\n\n${blocks.map((block) => `\`\`\`mermaid\n${block}\n\`\`\`\n`).join('\n')}`)
    .slides.map((slide) => slide.html)
    .join('\n');

describe('diagrams through the sanitizer', () => {
  beforeAll(() => loadDiagramLibrary());

  it('keeps every drawing through the sanitizer, its markers referenced by ids that exist', () => {
    const sanitized = sanitizeHtml(htmlOf('graph TD\n  A --> B', 'graph LR\n  C --> D'), '/deck/');
    const container = document.createElement('div');
    container.innerHTML = sanitized;
    expect(container.querySelectorAll('svg')).toHaveLength(2);
    const ids = new Set(Array.from(container.querySelectorAll('[id]'), (element) => element.id));
    const references = Array.from(container.querySelectorAll('[marker-end]'), (element) => /^url\(#(.+)\)$/.exec(element.getAttribute('marker-end') ?? '')?.[1]);
    expect(references).toHaveLength(2);
    for (const reference of references) expect(ids.has(reference ?? '')).toBe(true);
    // Two diagrams on one slide: each arrow points at its own drawing's marker.
    expect(new Set(references).size).toBe(2);
    expect(container.querySelector('svg text')?.textContent).toBe('A');
  });

  it('keeps hostile labels as text', () => {
    const container = document.createElement('div');
    container.innerHTML = sanitizeHtml(htmlOf('graph TD\n  A["<img src=x onerror=alert(1)>"] --> B["<script>alert(1)</script>"]'), '/deck/');
    expect(container.querySelectorAll('svg')).toHaveLength(1);
    expect(container.querySelectorAll('img, script, a, [onerror]')).toHaveLength(0);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
