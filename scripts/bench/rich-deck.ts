/**
 * The rich lesson the formula, code and diagram benchmarks run on, laid out as a teacher would: 40
 * slides of 5 formulas (3 inline, 2 display), 50 slides of 2 code blocks (five languages, one with
 * step-through highlights) and 20 slides of a diagram (flowchart, sequence, class, state and pie in
 * turn), after a title slide: 200 formulas, 100 code blocks, 20 diagrams on 111 slides.
 */

/** The name of the rich lesson in the table. */
export const RICH_DECK_NAME = 'rich lesson (200 formulas, 100 code blocks, 20 diagrams)';

const FORMULAS = [
  'v = \\dfrac{\\Delta s}{\\Delta t}',
  'E_k = \\tfrac{1}{2} m v^2',
  'a^2 + b^2 = c^2',
  '\\sqrt{x^2 + y^2}',
  '\\sin^2\\theta + \\cos^2\\theta = 1',
  '\\mathbb{R}^n',
];
const DISPLAY = [
  'x_{1,2} = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}',
  '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
  '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
  'A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}',
];
const CODE = [
  '```python\ndef luas(r):\n    """Luas lingkaran."""\n    return 3.14159 * r ** 2\n\nprint(luas(7))\n```',
  '```js [1|2-3]\nconst nilai = [70, 85, 90];\nconst rata = nilai.reduce((a, b) => a + b) / nilai.length;\nconsole.log(`Rata-rata: ${rata}`);\n```',
  '```java\npublic class Halo {\n  public static void main(String[] args) {\n    System.out.println("Halo, kelas!");\n  }\n}\n```',
  '```sql\nSELECT nama, nilai\nFROM siswa\nWHERE nilai >= 75\nORDER BY nilai DESC;\n```',
  '```html\n<ul class="daftar">\n  <li>Satu</li>\n  <li>Dua</li>\n</ul>\n```',
];
const DIAGRAMS = [
  'flowchart TD\n  A[Mulai] --> B{Nilai >= 75?}\n  B -->|Ya| C[Lulus]\n  B -->|Tidak| D[Remedial]\n  D --> B',
  'sequenceDiagram\n  Siswa->>Guru: Bertanya\n  Guru-->>Siswa: Menjawab\n  Siswa->>Siswa: Mencatat',
  'classDiagram\n  Hewan <|-- Kucing\n  Hewan : +String nama\n  Hewan : +bersuara()\n  Kucing : +mengeong()',
  'stateDiagram-v2\n  [*] --> Padat\n  Padat --> Cair : mencair\n  Cair --> Gas : menguap\n  Gas --> [*]',
  'pie title Sumber energi\n  "Batu bara" : 60\n  "Gas" : 20\n  "Terbarukan" : 20',
];

/** The rich lesson's Markdown. */
export function richLessonText(): string {
  const slides: string[] = ['---\ntitle: Rumus, kode dan diagram\nlang: id\nstyle: deck\n---\n\n# Rumus, kode dan diagram'];
  for (let index = 0; index < 40; index += 1) {
    const inline = Array.from({ length: 3 }, (_, k) => `- Rumus ${k + 1}: $${FORMULAS[(index + k) % FORMULAS.length] ?? ''}$`).join('\n');
    const display = Array.from({ length: 2 }, (_, k) => `$$\n${DISPLAY[(index + k) % DISPLAY.length] ?? ''}\n$$`).join('\n\n');
    slides.push(`## Rumus ${index + 1}\n\n${inline}\n\n${display}`);
  }
  for (let index = 0; index < 50; index += 1) {
    slides.push(`## Kode ${index + 1}\n\n${CODE[index % CODE.length] ?? ''}\n\n${CODE[(index + 2) % CODE.length] ?? ''}`);
  }
  for (let index = 0; index < 20; index += 1) {
    slides.push(`## Diagram ${index + 1}\n\n\`\`\`mermaid\n${DIAGRAMS[index % DIAGRAMS.length] ?? ''}\n\`\`\``);
  }
  return `${slides.join('\n\n---\n\n')}\n`;
}
