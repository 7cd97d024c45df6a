/** First-strong isolation, so a Hebrew or Persian name inside English text (or the reverse) keeps its order. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
