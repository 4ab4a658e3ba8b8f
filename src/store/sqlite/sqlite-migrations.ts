import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/**
 * SQLite-only schema: the FTS5 full-text index over title and text. It is an external-content index (the text is
 * stored once, in `articles`), kept in step by triggers, so every write path updates search in the same
 * transaction. Porter stemming with unicode61 (diacritics folded): "summits" finds "summit", "Muller" finds "Müller".
 */
export const sqliteMigrations: Record<string, Migration> = {
  '0001-articles-z-sqlite-fts': {
    async up(db: Kysely<unknown>) {
      await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(db);
      await sql`CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END`.execute(db);
      await sql`CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(db);
    },
  },
};
