import { describe, expect, it } from 'vitest';
import type { Signal, SignalKind } from '../../../../src/model/signal.js';
import { LIKELY_MACHINE_REWRITE, machineRewriteScore, outletScore } from '../../../../src/reuse/signals/machine-rewrite-score.js';

const signal = (kind: SignalKind, confidence: number, evidence: string = kind): Signal => ({ kind, evidence, confidence });

describe('machineRewriteScore', () => {
  it('is crossed by one admission or one chatbot phrase', () => {
    expect(machineRewriteScore([signal('rewrite.admission', 0.95)]).likely).toBe(true);
    expect(machineRewriteScore([signal('rewrite.chatbot-phrase', 0.9)]).likely).toBe(true);
  });

  it('is never crossed by one weak marker', () => {
    for (const weak of [
      signal('rewrite.formulaic', 0.45), signal('rewrite.formulaic', 0.4), signal('rewrite.formulaic', 0.3),
      signal('rewrite.mangled-name', 0.5), signal('date.late', 0.8), signal('rewrite.chatbot-phrase', 0.475),
    ]) expect(machineRewriteScore([weak]).score, weak.kind).toBeLessThan(LIKELY_MACHINE_REWRITE);
  });

  it('treats scraping residue as scraping: all four kinds together stay far below the threshold', () => {
    const residue = (['residue.tag-run', 'residue.metadata-line', 'residue.repeated-title', 'residue.boilerplate'] as const).map((k) => signal(k, 0.9));
    const score = machineRewriteScore(residue);
    expect(score.score).toBeLessThanOrEqual(0.15);
    expect(score.reasons).toEqual([{ group: 'residue', contribution: 0.15, evidence: residue.map((s) => s.evidence) }]);
  });

  it('caps one kind: many clichés are one habit', () => {
    const many = Array.from({ length: 10 }, () => signal('rewrite.formulaic', 0.25));
    expect(machineRewriteScore(many).score).toBeLessThan(LIKELY_MACHINE_REWRITE);
    const names = Array.from({ length: 5 }, () => signal('rewrite.mangled-name', 0.5));
    expect(machineRewriteScore(names).score).toBe(0.45);
  });

  it('is crossed by a formulaic opening and closing, or by weak markers of two kinds', () => {
    expect(machineRewriteScore([signal('rewrite.formulaic', 0.45), signal('rewrite.formulaic', 0.4)]).likely).toBe(true);
    expect(machineRewriteScore([signal('rewrite.formulaic', 0.4), signal('rewrite.mangled-name', 0.4)]).likely).toBe(true);
  });

  it('gives its reasons, strongest first, and ignores kinds that say nothing about rewriting', () => {
    const score = machineRewriteScore([signal('rewrite.formulaic', 0.4, 'In conclusion,'), signal('rewrite.admission', 0.95, 'This story has been rephrased.')]);
    expect(score.reasons.map((r) => r.group)).toEqual(['rewrite.admission', 'rewrite.formulaic']);
    expect(score.reasons[0]!.evidence).toEqual(['This story has been rephrased.']);
    expect(machineRewriteScore([]).score).toBe(0);
  });
});

describe('outletScore', () => {
  const farm = machineRewriteScore([signal('rewrite.admission', 0.95)]);
  const clean = machineRewriteScore([]);

  it('shrinks outlets with few articles toward clean', () => {
    expect(outletScore([farm]).score).toBeCloseTo(0.317, 3);
    expect(outletScore([farm]).likely).toBe(false);
    expect(outletScore([farm, farm, farm]).likely).toBe(true);
    expect(outletScore([]).score).toBe(0);
  });

  it('counts likely articles and the reasons behind them', () => {
    const outlet = outletScore([farm, clean, farm]);
    expect(outlet).toMatchObject({ articles: 3, likelyArticles: 2, reasons: [{ group: 'rewrite.admission', articles: 2 }] });
  });
});
