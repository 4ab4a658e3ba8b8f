/**
 * Every error crosscheck reports carries one of these stable codes. docs/errors.md documents each one, and a test
 * fails when a code here is missing there. Codes are never renamed or reused: scripts match on them.
 */
export const ERROR_CODES = {
  CC_USAGE: 'the command line is wrong: unknown option, missing argument, bad value',
  CC_NOT_FOUND: 'the input path does not exist',
  CC_UNREADABLE: 'the input exists but cannot be read (permissions, a device, a broken link)',
  CC_EMPTY_INPUT: 'the input has no content, or only white space',
  CC_BINARY_INPUT: 'the input is binary data, not text, HTML or a known container',
  CC_TOO_LARGE: 'the input is larger than the size cap (--max-bytes)',
  CC_GZIP_CORRUPT: 'a .gz input is truncated or corrupt',
  CC_INVALID_UTF8: 'the input is not valid UTF-8 and declares no other charset',
  CC_UNKNOWN_CHARSET: 'the input declares a charset that crosscheck cannot decode',
  CC_CHARSET_MISMATCH: 'the input declares a charset its bytes are not valid in',
  CC_UNSUPPORTED_FORMAT: 'the input is of a type crosscheck does not read',
  CC_JSON_INVALID: 'a JSON document or JSON line does not parse',
  CC_RECORD_INVALID: 'a JSON or CSV record is of the wrong type or has no text field',
  CC_CSV_INVALID: 'a CSV file does not parse (unbalanced quotes, ragged rows)',
  CC_FEED_INVALID: 'an RSS or Atom feed is not well-formed XML or not a feed',
  CC_FEED_ENTRY: 'one feed entry has neither content nor a usable link; the other entries are read',
  CC_WARC_INVALID: 'a .warc file does not start with a WARC record',
  CC_WARC_RECORD: 'one WARC record is damaged (bad header, short body); the other records are read',
  CC_NO_ARTICLE: 'the page or record holds no article text',
  CC_URL_INVALID: 'the URL is malformed or its scheme is not http or https',
  CC_PRIVATE_ADDRESS: 'the URL resolves to a loopback, private or link-local address (allow with --allow-private)',
  CC_FETCH_TIMEOUT: 'fetching the URL took longer than the timeout',
  CC_FETCH_FAILED: 'the URL could not be fetched (DNS failure, refused connection, reset)',
  CC_HTTP_STATUS: 'the server answered with a non-success HTTP status',
  CC_TOO_MANY_REDIRECTS: 'the URL redirected more times than the redirect limit',
  CC_ARTICLE_NOT_FOUND: 'no article has the given id',
  CC_STORY_NOT_FOUND: 'no story has the given id',
  CC_STORE: 'the database could not be opened or written',
  CC_INTERNAL: 'a bug in crosscheck while reading this input; the rest of the batch went on (please report it with the input)',
  CC_SIGNATURE_MISMATCH: 'two MinHash signatures made with different seeds or sizes were compared',
  CC_LSH_OPTIONS: 'MinHash or LSH options are out of range (threshold, weights, signature size, bands and rows)',
  CC_CLAIM_OPTIONS: 'claim extraction was given an empty article id or a publication date that is not a date',
  CC_CORROBORATION_INPUT: 'corroboration was given an article without an id or family, the same article twice, or a publication date that is not a date',
  CC_SEMANTIC_BACKEND: 'the semantic backend (crosscheck brief --semantic) is not offline, cannot be reached, or answered something that is not one embedding per text',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
