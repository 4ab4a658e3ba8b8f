/** A fetched HTTP response, after redirects, limited in size. */
export interface FetchedPage {
  /** The URL the content finally came from (after redirects). */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly bytes: Uint8Array;
}

/** The network, as the pure code and the use-cases see it. Throws CrosscheckError (CC_FETCH_*, CC_PRIVATE_ADDRESS...). */
export interface Fetcher {
  fetch(url: string, options?: { readonly signal?: AbortSignal }): Promise<FetchedPage>;
}
