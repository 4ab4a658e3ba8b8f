/**
 * An optional semantic backend for claim alignment (issue 5, item 3): sentence embeddings from a model that runs
 * offline, on this machine or the user's own network, never a third party's service (src/app/semantic/ has the
 * one implementation: an OpenAI-compatible /v1/embeddings endpoint such as llama.cpp's server, Ollama or
 * text-embeddings-inference). Off by default: the lexical score (src/corroborate/claim-similarity.ts) is what the
 * speed targets and the benchmarks are measured with. docs/corroboration.md, "Semantic backend".
 */
export interface SemanticBackend {
  /** What it is, for messages: the endpoint and model. */
  readonly name: string;
  /** One vector per text, in order, all of one length. */
  embed(texts: readonly string[]): Promise<readonly Float32Array[]>;
}
