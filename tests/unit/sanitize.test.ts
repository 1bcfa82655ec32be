// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_TAGS, ALLOWED_DATA_ATTRIBUTES } from '../../renderer/shared/sanitize/sanitize-config';
import { sanitizeHtml } from '../../renderer/shared/sanitize/sanitize-html';

const BASE = '/deck/';

function parse(html: string): HTMLElement {
  const box = document.createElement('div');
  // Test-only: parsing sanitizer output to inspect it; the app inserts DocumentFragments.
  box.innerHTML = html;
  return box;
}

/** The properties docs/reliability.md §2.6 asks of every sanitized output. */
function expectInert(html: string): HTMLElement {
  const box = parse(html);
  for (const element of box.querySelectorAll('*')) {
    const tag = element.nodeName.toLowerCase();
    expect(FORBIDDEN_TAGS, `forbidden <${tag}> survived`).not.toContain(tag);
    expect(tag).not.toBe('script');
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name.startsWith('on'), `${name} on <${tag}>`).toBe(false);
      expect(['style', 'srcset', 'formaction', 'action', 'ping', 'background', 'target']).not.toContain(name);
      if (name.startsWith('data-')) expect(ALLOWED_DATA_ATTRIBUTES as readonly string[]).toContain(name);
      if (name === 'href') expect(value).toMatch(/^(?:https?:\/\/|mailto:)/i);
      if (name === 'src') expect(value).toMatch(/^(?:\/deck\/|data:image\/(?:png|jpeg|gif|webp)[;,])/i);
      if (name === 'id' || name === 'name') expect(value).toMatch(/^user-content-/);
    }
  }
  return box;
}

describe('sanitizeHtml: hostile payloads (docs/reliability.md §2.2 and §5 C)', () => {
  const payloads: Record<string, string> = {
    script: '<p>a</p><script>window.__pwned = 1</script>',
    'img onerror': '<img src=x onerror="window.__pwned = 1">',
    'svg onload': '<svg onload="window.__pwned = 1"><circle r="4"/></svg>',
    'details ontoggle': '<details open ontoggle="window.__pwned = 1"><summary>s</summary></details>',
    'input onfocus': '<input autofocus onfocus="window.__pwned = 1">',
    'javascript: link': '<a href="javascript:window.__pwned=1">x</a>',
    'entity-encoded javascript: link': '<a href="JaVaScRiPt&#58;window.__pwned=1">x</a>',
    'tab inside javascript: link': '<a href="java\tscript:window.__pwned=1">x</a>',
    'vbscript: link': '<a href="vbscript:msgbox(1)">x</a>',
    'data:text/html link': '<a href="data:text/html,<script>window.__pwned=1</script>">x</a>',
    'file: link': '<a href="file:///etc/passwd">x</a>',
    'smb and ms-msdt links': '<a href="smb://host/share">x</a><a href="ms-msdt:/id">y</a>',
    iframe: '<iframe src="https://example.invalid"></iframe><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    'object and embed': '<object data="x.swf"></object><embed src="x.swf">',
    'meta refresh and base': '<meta http-equiv="refresh" content="0;url=https://example.invalid"><base href="https://example.invalid/">',
    'link stylesheet': '<link rel="stylesheet" href="https://example.invalid/x.css">',
    'style tag': '<style>body{background:url(https://example.invalid/b)}</style><p>t</p>',
    'style attribute': '<div style="background:url(https://example.invalid/b)">t</div>',
    form: '<form action="https://example.invalid"><input name="q"><button formaction="https://example.invalid">go</button></form>',
    'math mXSS': '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
    'noscript mXSS': '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
    'background iframe section': '<section data-background-iframe="javascript:window.__pwned=1">s</section>',
    'background video breakout': '<section data-background-video=\'x"><img src=x onerror=window.__pwned=1>\'>s</section>',
    'background image': '<section data-background-image="x),url(https://example.invalid/b">s</section>',
    'lazy data-src': '<img data-src="javascript:window.__pwned=1"><video data-src="https://example.invalid/v.mp4"></video>',
    'preview link': '<a href="https://example.invalid" data-preview-link>p</a>',
    'markdown loader': '<section data-markdown="../secret.md"></section>',
    autoslide: '<section data-autoslide="1">s</section>',
    'template textarea': '<textarea data-template><script>window.__pwned=1</script></textarea>',
    'table background attribute': '<table background="https://example.invalid/t.png"><tr><td>c</td></tr></table>',
    'srcset and ping': '<img src="a.png" srcset="https://example.invalid/a.png 2x"><a href="https://example.org" ping="https://example.invalid">p</a>',
    'hostile code language': '<pre><code class="language-js&quot;><img src=x onerror=1> x">c</code></pre>',
    'alt breakout': '<img alt="a&quot; onerror=&quot;x" src="u" title="t&quot; onload=&quot;y">',
    'DOM clobbering': '<a id="Reveal">r</a><form name="api"></form><img name="getElementById" src="a.png">',
    webview: '<webview src="https://example.invalid"></webview>',
  };

  for (const [name, payload] of Object.entries(payloads)) {
    it(`makes ${name} inert`, () => {
      const output = sanitizeHtml(payload, BASE);
      const box = expectInert(output);
      const attributes = Array.from(box.querySelectorAll('*')).flatMap((element) => Array.from(element.attributes, (attribute) => attribute.value));
      for (const value of attributes) expect(value).not.toMatch(/__pwned|javascript:|vbscript:|example\.invalid\/(?:b|x\.css|t\.png|v\.mp4)/i);
      expect(sanitizeHtml(output, BASE)).toBe(output);
    });
  }

  it('prefixes ids and names so deck content cannot clobber app globals', () => {
    const box = parse(sanitizeHtml('<a id="Reveal">r</a><img name="getElementById" src="a.png">', BASE));
    expect(box.querySelector('a')?.id).toBe('user-content-Reveal');
    expect(box.querySelector('img')?.getAttribute('name')).toBe('user-content-getElementById');
  });

  it('keeps only a well-formed code language class', () => {
    const box = parse(sanitizeHtml('<pre class="evil"><code class="language-c++ hljs x&quot;y">int</code></pre>', BASE));
    expect(box.querySelector('code')?.className).toBe('language-c++');
    expect(box.querySelector('pre')?.className).toBe('');
  });

  it('drops app chrome classes from deck content', () => {
    const box = parse(sanitizeHtml('<div class="mimbar-ui-banner note">fake</div>', BASE));
    expect(box.querySelector('div')?.className).toBe('note');
  });

  it('keeps data-fragment-index', () => {
    const box = parse(sanitizeHtml('<p class="fragment" data-fragment-index="2">f</p>', BASE));
    expect(box.querySelector('p')?.dataset['fragmentIndex']).toBe('2');
  });
});

describe('sanitizeHtml: drawings (SVG) and formulas (MathML)', () => {
  const hostile: Record<string, string> = {
    'svg use of another file': '<svg><use href="https://example.invalid/s.svg#x"></use><use xlink:href="secret.svg#x"></use></svg>',
    'svg image': '<svg><image href="https://example.invalid/i.png" width="9" height="9"></image><image xlink:href="../secret.png"></image></svg>',
    'svg foreignObject': '<svg><foreignObject width="9" height="9"><img src="x" onerror="window.__pwned=1"></foreignObject></svg>',
    'svg animate into a link': '<svg><a href="https://example.org"><animate attributeName="href" to="javascript:window.__pwned=1"></animate><set attributeName="href" to="javascript:window.__pwned=1"></set><text>t</text></a></svg>',
    'svg javascript link': '<svg><a href="javascript:window.__pwned=1"><text>t</text></a><a xlink:href="javascript:window.__pwned=1"><text>u</text></a></svg>',
    'svg paint from another file': '<svg><rect fill="url(https://example.invalid/p.svg#g)" mask="url(secret.svg#m)" filter="url( https://example.invalid/f )" width="9" height="9"></rect></svg>',
    'svg style element and attribute': '<svg><style>@import url(https://example.invalid/x.css);</style><rect style="fill:url(https://example.invalid/b)"></rect></svg>',
    'svg script and handlers': '<svg onload="window.__pwned=1"><script>window.__pwned=1</script><circle r="4" onclick="window.__pwned=1"></circle></svg>',
    'svg filter image': '<svg><filter id="f"><feImage href="https://example.invalid/f.png"></feImage></filter></svg>',
    'math link': '<math href="javascript:window.__pwned=1"><mi href="https://example.invalid">x</mi></math>',
    'math action and glyph': '<math><maction actiontype="statusline"><mi>x</mi><mtext>s</mtext></maction><mglyph src="https://example.invalid/g.png"></mglyph></math>',
    'math annotation-xml with HTML': '<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><img src="x" onerror="window.__pwned=1"></annotation-xml></semantics></math>',
    'math mtext breakout': '<math><mtext><style><img src=x onerror="window.__pwned=1"></style></mtext></math>',
  };

  for (const [name, payload] of Object.entries(hostile)) {
    it(`makes ${name} inert`, () => {
      const box = expectInert(sanitizeHtml(payload, BASE));
      for (const element of box.querySelectorAll('*')) {
        const tag = element.nodeName.toLowerCase();
        expect(['use', 'image', 'foreignobject', 'animate', 'set', 'script', 'style', 'feimage', 'maction', 'mglyph', 'annotation-xml', 'img'], `<${tag}>`).not.toContain(tag);
        for (const { name: attribute, value } of Array.from(element.attributes)) {
          expect(attribute, `${attribute} on <${tag}>`).not.toMatch(/^(?:xlink:href|style|src)$/);
          if (attribute === 'href') expect(tag).toBe('a');
          expect(value, `${attribute} on <${tag}>`).not.toMatch(/__pwned|javascript:|example\.invalid|secret/i);
        }
      }
    });
  }

  it('keeps a diagram: shapes, text, presentation attributes and its own markers', () => {
    const svg = '<svg viewBox="0 0 100 50"><defs><marker id="arrow" orient="auto"><polygon points="0 0, 8 2.5, 0 5" fill="var(--_arrow)"></polygon></marker></defs><polyline points="0,0 50,50" stroke="currentColor" marker-end="url(#arrow)"></polyline><rect x="1" y="1" width="20" height="10" rx="2" fill="none"></rect><text x="5" y="9" font-size="11" text-anchor="middle">Mulai</text></svg>';
    const box = parse(sanitizeHtml(svg, BASE));
    expect(box.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(box.querySelector('text')?.textContent).toBe('Mulai');
    expect(box.querySelector('polygon')?.getAttribute('fill')).toBe('var(--_arrow)');
    const id = box.querySelector('marker')?.id ?? '';
    expect(id).toMatch(/^user-content-arrow-\d+$/);
    expect(box.querySelector('polyline')?.getAttribute('marker-end')).toBe(`url(#${id})`);
  });

  it('numbers the ids of each sanitized copy apart, so each copy refers to its own markers', () => {
    const svg = '<svg><defs><marker id="m"><path d="M0 0L1 1"></path></marker></defs><line marker-end="url(#m)"></line></svg>';
    const first = parse(sanitizeHtml(svg, BASE));
    const second = parse(sanitizeHtml(svg, BASE));
    const firstId = first.querySelector('marker')?.id;
    const secondId = second.querySelector('marker')?.id;
    expect(firstId).not.toBe(secondId);
    expect(first.querySelector('line')?.getAttribute('marker-end')).toBe(`url(#${firstId ?? ''})`);
    expect(second.querySelector('line')?.getAttribute('marker-end')).toBe(`url(#${secondId ?? ''})`);
  });

  it('keeps a formula: MathML elements and their attributes', () => {
    const mathml = '<math display="block" class="tml-display"><mfrac><mi>a</mi><mi mathcolor="#ff0000">b</mi></mfrac><msqrt><mn>2</mn></msqrt></math>';
    expect(sanitizeHtml(mathml, BASE)).toBe(mathml);
  });
});

describe('sanitizeHtml: images and links', () => {
  it('serves relative images from the asset base', () => {
    const box = parse(sanitizeHtml('<img src="gambar/peta.png" alt="peta"><img src="./a.png">', BASE));
    const sources = Array.from(box.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(sources).toEqual(['/deck/gambar/peta.png', '/deck/a.png']);
  });

  it('works with the Electron asset base', () => {
    const box = parse(sanitizeHtml('<img src="a b.png">', 'mimbar://deck/'));
    expect(box.querySelector('img')?.getAttribute('src')).toBe('mimbar://deck/a b.png');
  });

  it('refuses traversal, absolute, drive-letter and foreign-scheme image paths', () => {
    for (const src of ['../../etc/passwd', '%2e%2e/%2e%2e/x', '..%2fsecret.png', '%2E%2E%2Fsecret.png', '..%5csecret.png', '%c0%ae%c0%ae/secret.png', 'img/%2e%2e%2f%2e%2e%2fx.png', '/etc/passwd', 'C:\\Windows\\win.ini', 'file:///etc/passwd', 'mimbar://app/audience.js']) {
      const box = parse(sanitizeHtml(`<img src="${src}" alt="x">`, BASE));
      expect(box.querySelector('img[src]'), src).toBeNull();
    }
    // A path the app refuses shows a stand-in that names it (as text), like a remote image.
    const box = parse(sanitizeHtml('<img src="../rahasia.png" alt="Logo">', BASE));
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('.mimbar-refused-image')?.textContent).toBe('Logo../rahasia.png');
  });

  it('keeps raster data images and drops other data URLs', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(parse(sanitizeHtml(`<img src="${png}">`, BASE)).querySelector('img')?.getAttribute('src')).toBe(png);
    const svg = parse(sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=">', BASE));
    expect(svg.querySelector('img[src]')).toBeNull();
  });

  it('replaces remote images with a placeholder that names the URL', () => {
    for (const src of ['http://example.invalid/x.png', 'https://example.invalid/y.png', '//example.invalid/z.png', '\\\\host\\share\\w.png']) {
      const box = expectInert(sanitizeHtml(`<p>before <img src="${src}" alt="Peta"> after</p>`, BASE));
      expect(box.querySelector('img'), src).toBeNull();
      const placeholder = box.querySelector('.mimbar-remote-image');
      expect(placeholder?.querySelector('.mimbar-remote-image-url')?.textContent).toBe(src);
      expect(placeholder?.querySelector('.mimbar-remote-image-alt')?.textContent).toBe('Peta');
      expect(box.textContent).toContain('before');
      expect(box.textContent).toContain('after');
    }
  });

  it('keeps web and mail links, without a target and with rel=noopener noreferrer', () => {
    const box = parse(sanitizeHtml('<a href="https://id.wikipedia.org/wiki/ASEAN" target="_blank">ASEAN</a><a href="mailto:guru@example.org">mail</a>', BASE));
    const [web, mail] = Array.from(box.querySelectorAll('a'));
    expect(web?.getAttribute('href')).toBe('https://id.wikipedia.org/wiki/ASEAN');
    expect(web?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(web?.hasAttribute('target')).toBe(false);
    expect(mail?.getAttribute('href')).toBe('mailto:guru@example.org');
  });

  it('drops relative and fragment links, which would navigate the app window', () => {
    const box = parse(sanitizeHtml('<a href="other.md">o</a><a href="#top">t</a>', BASE));
    for (const link of box.querySelectorAll('a')) expect(link.hasAttribute('href')).toBe(false);
  });

  it('keeps ordinary article markup', () => {
    const html = '<h2>Judul 💪</h2><p>Teks <strong>tebal</strong> dan <em>miring</em>.</p><ul><li>satu</li></ul><table><tbody><tr><th colspan="2">h</th></tr></tbody></table><blockquote>q</blockquote>';
    expect(sanitizeHtml(html, BASE)).toBe(html);
  });
});
