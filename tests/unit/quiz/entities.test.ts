import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../main/quiz';
import { extractFacts, findFactCandidates } from '../../../main/quiz/entities';
import type { FactCandidate } from '../../../main/quiz/entities';

const article = readFileSync('content/hanoi-summit/article.txt', 'utf8');
const articleFacts = extractFacts(splitSentences(article));

/** The candidates of a one-sentence text, as "text<type>". */
function factsOf(text: string): string[] {
  const [sentence] = splitSentences(text);
  return sentence ? findFactCandidates(sentence).map((f) => `${f.text}<${f.type}>`) : [];
}

const typed = (facts: FactCandidate[], type: FactCandidate['type']) =>
  new Set(facts.filter((f) => f.type === type).map((f) => f.text));

describe('extractFacts on the bundled article', () => {
  it('locates every candidate at its offsets in the article text', () => {
    expect(articleFacts.length).toBeGreaterThan(100);
    for (const f of articleFacts) expect(article.slice(f.start, f.end)).toBe(f.text);
  });

  it('never cuts a word or keeps surrounding punctuation', () => {
    for (const f of articleFacts) {
      expect(article[f.start - 1] ?? ' ').not.toMatch(/[\p{L}\p{N}-]/u);
      expect(article[f.end] ?? ' ').not.toMatch(/[\p{L}\p{N}-]/u);
      expect(f.text).not.toMatch(/^[\s,;:.“”"’'()]|[\s,;:“”"’'()]$/);
    }
  });

  it('finds the people, without titles or possessives', () => {
    const people = typed(articleFacts, 'person');
    for (const name of ['Donald Trump', 'Kim Jong Un', 'Nguyen Phu Trong', 'Stephen Biegun', 'Mike Pompeo']) {
      expect(people).toContain(name);
    }
    expect(people).toContain('John Bolton');
    expect(people).toContain('Kim');
    // Bare surnames take the type of the full name found elsewhere in the article.
    expect(people).toContain('Trump');
    expect(people).toContain('Pompeo');
    for (const text of people) expect(text).not.toMatch(/^(?:President|Secretary|State|Vietnamese)\b|’s$/);
  });

  it('finds organizations, places, dates, numbers and money', () => {
    const orgs = typed(articleFacts, 'organization');
    for (const org of ['Boeing', 'Korean Central News Agency', 'State Department', 'Department of Defense']) {
      expect(orgs).toContain(org);
    }
    const places = typed(articleFacts, 'place');
    for (const place of ['Hanoi', 'Singapore', 'North Korea', 'Pyongyang', 'Yongbyon'])
      expect(places).toContain(place);
    const dates = typed(articleFacts, 'date');
    for (const date of ['27-28 February', 'June 2018', 'October 2018', '1980s', '2008', '2016']) {
      expect(dates).toContain(date);
    }
    expect(typed(articleFacts, 'number')).toContain('110');
    expect(typed(articleFacts, 'money')).toEqual(new Set(['$US15.7 billion']));
  });

  it('finds the key terms of the argument', () => {
    const terms = typed(articleFacts, 'term');
    for (const term of [
      'personal chemistry',
      'denuclearisation',
      'sanctions relief',
      'Farnborough Air Show',
    ]) {
      expect(terms).toContain(term);
    }
    for (const term of terms) expect(term).not.toMatch(/^(?:the|a|an|such|other)\s/i);
  });
});

describe('findFactCandidates on single sentences', () => {
  it('drops a title and the words before a first name', () => {
    expect(factsOf('Secretary of State Mike Pompeo was also involved.')).toContain('Mike Pompeo<person>');
    expect(factsOf('He met Vietnamese President Nguyen Phu Trong there.')).toContain(
      'Nguyen Phu Trong<person>',
    );
  });

  it('leaves the possessive and trailing punctuation outside the name', () => {
    expect(factsOf('It was the result of Kim’s status.')).toContain('Kim<person>');
    expect(factsOf('Leaders met at the Hanoi Summit: nothing was agreed.')).toContain('Hanoi Summit<term>');
  });

  it('keeps money amounts, date ranges and years whole', () => {
    const facts = factsOf(
      'In June 2018 they paid $US15.7 billion for 110 aircraft, delivered from 27-28 February 2019.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'June 2018<date>',
        '$US15.7 billion<money>',
        '110<number>',
        '27-28 February 2019<date>',
      ]),
    );
  });

  it('does not take part of a hyphenated compound', () => {
    const facts = factsOf('They wanted a 24-hour inspector presence at the Reagan-Gorbachev talks.').join();
    expect(facts).not.toMatch(/(?:^|,)24</);
    expect(facts).not.toMatch(/Reagan<|Gorbachev</);
  });
});
