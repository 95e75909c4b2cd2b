import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ArticleImportError, readArticleFile } from '../../../main/import';

/** A real PDF made with pdf-lib: title and author in its metadata, two paragraphs on page 1, one on page 2. */
async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Summit Diplomacy');
  doc.setAuthor('Jane Roe');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([595, 842]);
  const line = (page: typeof first, text: string, y: number) =>
    page.drawText(text, { x: 56, y, size: 12, font });
  line(first, 'The talks in Hanoi collapsed because neither side', 760);
  line(first, 'had prepared a deal in advance.', 745);
  line(first, 'Personal chemistry cannot replace work at the', 715);
  line(first, 'working level.', 700);
  const second = doc.addPage([595, 842]);
  line(second, 'Summits should end a process, not start it.', 760);
  return doc.save();
}

describe('reading an article from a PDF (pdf.js, offline, no worker)', () => {
  it('takes the text layer as paragraphs and the title and author from the metadata', async () => {
    const article = await readArticleFile('summit.pdf', await samplePdf());
    expect(article).toEqual({
      title: 'Summit Diplomacy',
      author: 'Jane Roe',
      text: [
        'The talks in Hanoi collapsed because neither side had prepared a deal in advance.',
        'Personal chemistry cannot replace work at the working level.',
        'Summits should end a process, not start it.',
      ].join('\n'),
    });
  });

  it('refuses a file named .pdf that is not one, and a PDF without text', async () => {
    const fake = readArticleFile('fake.pdf', new TextEncoder().encode('<html>not a pdf</html>'));
    await expect(fake).rejects.toThrow(ArticleImportError);
    await expect(fake).rejects.toMatchObject({
      code: 'unreadable-pdf',
      message: expect.stringMatching(/not a PDF/),
    });

    const blank = await PDFDocument.create();
    blank.addPage();
    await expect(readArticleFile('scan.pdf', await blank.save())).rejects.toMatchObject({
      code: 'no-text',
      message: expect.stringMatching(/no text to read/),
    });
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage');
    await expect(readArticleFile('damaged.pdf', damaged)).rejects.toMatchObject({ code: 'unreadable-pdf' });
  });
});
