/** An article read from a file or pasted: plain text, one paragraph per line. */
export interface ImportedArticle {
  title: string;
  author?: string;
  /** Where it came from: an http(s) URL found in the file, when there is one. */
  source?: string;
  text: string;
}
