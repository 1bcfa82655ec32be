/**
 * What the engine knows about a deck's language when it turns prose into cue bullets and writes the few
 * words it adds to a deck (the agenda). One entry per language: add a language by adding an entry.
 * Connectives are matched at the start of a sentence, in any case, followed by a comma or a space (an
 * entry written with its comma, `first,`, only with the comma: "First aid" keeps its word); longer ones
 * are tried first. Clause marks are where a long sentence may be cut to its main clause.
 */
export interface CueRules {
  /** Words that open a sentence but carry no content ("Oleh karena itu, …"). */
  connectives: readonly string[];
  /** Sentences that are only an exclamation ("Astaga!"): never a bullet. */
  interjections: readonly string[];
  /** Where a sentence over the cue length may be cut, keeping what comes before: ", yang", "; " (never ", dan": it joins a list). */
  clauseMarks: readonly string[];
  /** Words that open a subordinate clause: a sentence opening with one is never cut at its first comma. */
  subordinators: readonly string[];
  /** Common short words, for telling the language and for scoring which sentence carries a paragraph. */
  stopwords: readonly string[];
  /** The agenda slide's title, and how its notes say a section's minutes. */
  agenda: string;
  minutes: (minutes: number) => string;
}

export const CUE_RULES = {
  id: {
    connectives: [
      'selain itu', 'oleh karena itu', 'oleh sebab itu', 'dengan demikian', 'misalnya', 'contohnya', 'sebagai contoh',
      'namun', 'akan tetapi', 'tetapi', 'pada akhirnya', 'akhirnya', 'selanjutnya', 'di samping itu', 'hal ini', 'demikian pula',
      'lebih lanjut', 'sementara itu', 'itulah sebabnya', 'itulah mengapa', 'karena itu', 'untuk itu', 'dengan begitu', 'maka,', 'jadi,', 'dengan kata lain', 'pertama,', 'kedua,', 'ketiga,', 'terakhir,',
    ],
    interjections: ['astaga', 'wah', 'wow', 'aduh', 'ayo', 'nah', 'lho', 'hore', 'yuk', 'oh', 'ah', 'ya', 'tidak'],
    clauseMarks: ['; ', ', sehingga ', ', yang ', ', karena ', ', sedangkan ', ', namun ', ', tetapi ', ', untuk ', ' sehingga '],
    subordinators: ['dengan', 'melalui', 'dalam', 'karena', 'jika', 'apabila', 'untuk', 'meskipun', 'walaupun', 'ketika', 'saat', 'setelah', 'sebelum', 'agar', 'selain', 'sebagai', 'bagi'],
    stopwords: [
      'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'dalam', 'adalah', 'tidak', 'pada', 'juga', 'akan',
      'dapat', 'atau', 'oleh', 'sebagai', 'karena', 'bisa', 'lebih', 'secara', 'antara', 'para', 'telah', 'sudah', 'mereka',
      'kita', 'kami', 'ada', 'serta', 'bagi', 'seperti', 'tersebut', 'hal', 'sangat', 'agar', 'saat', 'tentang',
    ],
    agenda: 'Agenda',
    minutes: (minutes) => `${minutes} menit`,
  },
  en: {
    connectives: [
      'in addition', 'however', 'therefore', 'for example', 'for instance', 'finally', 'moreover', 'thus', 'furthermore',
      'also,', 'in conclusion', 'in short', 'as a result', 'consequently', 'meanwhile', 'similarly', 'first,', 'second,',
      'third,', 'lastly', 'so,', 'then,', 'of course', 'indeed', 'in fact', 'that is why', 'this is why', 'because of this',
    ],
    interjections: ['wow', 'oh', 'ah', 'alas', 'hey', 'yes', 'no', 'well', 'oops', 'hooray', 'imagine', 'look'],
    clauseMarks: ['; ', ', which ', ', because ', ', so that ', ', while ', ', although ', ', but ', ' so that ', ' because '],
    subordinators: ['by', 'through', 'when', 'if', 'although', 'though', 'while', 'because', 'since', 'as', 'after', 'before', 'with', 'without', 'unless', 'in', 'to', 'for', 'once', 'whether'],
    stopwords: [
      'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'as', 'are', 'this', 'be', 'by', 'on', 'it', 'not', 'or',
      'was', 'from', 'an', 'at', 'which', 'can', 'their', 'they', 'have', 'has', 'more', 'its', 'these', 'into', 'than', 'also',
    ],
    agenda: 'Agenda',
    minutes: (minutes) => `${minutes} min`,
  },
} as const satisfies Record<string, CueRules>;

/** A language the engine has rules for. */
export type CueLanguage = keyof typeof CUE_RULES;

/** The rules for a language tag (its primary subtag; `in` is the old code of `id`), English when there are none. */
export function cueRulesFor(lang: string): CueRules {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const code = primary === 'in' ? 'id' : primary;
  return code in CUE_RULES ? CUE_RULES[code as CueLanguage] : CUE_RULES.en;
}
