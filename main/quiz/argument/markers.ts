/**
 * Discourse markers: the words by which an author signals what a sentence does in the argument. Each list
 * is matched against the lower-cased sentence; `initial` markers only count at the start of the sentence.
 */
export interface MarkerSet {
  initial: RegExp;
  anywhere: RegExp;
}

const words = (list: string) =>
  list
    .split('|')
    .map((w) => w.trim().replace(/\s+/g, '\\s+'))
    .join('|');

function markers(initial: string, anywhere: string): MarkerSet {
  return {
    initial: new RegExp(`^(?:${words(initial)})\\b`, 'u'),
    anywhere: new RegExp(`\\b(?:${words(anywhere)})\\b`, 'u'),
  };
}

/** What the whole article argues: "highlights", "illustrates", "the lesson is". */
export const THESIS = markers(
  'in short|ultimately|in sum|overall|clearly',
  'highlights|illustrates|demonstrates the|shows that|the lesson|i argue|i believe|i find that|however$|the real question|' +
    'more art than science|the point is|what is needed|is no substitute|the key',
);

/** What should be done: "should", "will need to", "must". */
export const RECOMMENDATION = markers(
  'it is time|we need|let us|instead of',
  'should|must|ought to|will need to|needs? to|have to|has to|it is essential|recommends?|urged|' +
    'the most immediate step|requires? global|it is time',
);

/** Granting a point to the other side: "This is not to discount ...", "Of course". */
export const CONCESSION = markers(
  'this is not to|of course|admittedly|to be sure|granted|although|though|while|it is unlikely|' +
    'it is true that|even if|despite',
  'not to discount|not to deny|is controversial|it is unlikely|albeit',
);

/** Turning against what came before: "Yet", "Paradoxically", "Instead". */
export const COUNTERPOINT = markers(
  'yet|but|however|paradoxically|instead|on the other hand|nevertheless|nonetheless|still|in contrast|far from',
  'on the other hand|in contrast to|rather than|paradoxically',
);

/** A particular case: "for example", "in one example", "such as". */
export const EXAMPLE = markers(
  'for example|for instance|in one example|consider|take|one tool|a case in point',
  'for example|for instance|e\\.g\\.|in one example|a case in point|demonstrated the possibilities|' +
    'was used to',
);

/** Reported findings and sources: "a 2024 study found", "according to", "reported". */
export const EVIDENCE = markers(
  'according to|in \\d{4}|research|studies|reports',
  'according to|study|studies|found that|found|research|researchers|reported|reports|data|survey|' +
    'advisory stated|showed|documented|measured|statistics|evidence|reportedly|apparently|it appears',
);

/** Evaluative or general language, the stuff of claims. */
export const CLAIM = markers(
  'this|the difference|the result|as a result|thus|therefore|so|in other words|as such',
  'is a|are a|is not|are not|cannot|may|might|can|could|likely|unlikely|often|always|never|more|less|' +
    'significant|vulnerable|difficult|important|inevitable|remarkable|typical|effective|limited|' +
    'starker|study in contrasts|different basis|foolhardiness|limits|dangers|limitations|drawback|' +
    'challenge|no better|not very good|poor|impressive|perceptive|reverberated|catastrophic',
);

/** The first marker of `set` in the sentence, if any (initial ones first). */
export function markerIn(set: MarkerSet, lower: string): string | undefined {
  return set.initial.exec(lower)?.[0] ?? set.anywhere.exec(lower)?.[0];
}

export function initialMarker(set: MarkerSet, lower: string): string | undefined {
  return set.initial.exec(lower)?.[0];
}
