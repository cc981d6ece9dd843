// What a garble kind's folder offers the engine: how to find it, what a page proves about it,
// how to repair it and what it leaves reported. registry.ts lists the kinds; detectGarbles and
// the repair loop walk that list, so adding a kind means adding a folder and a line there.
import type { GarbleFinding, GarbleKind, UnrecoverableSpan } from '@/lib/engine/types';

export interface StageResult {
  text: string;
  repaired: { kind: GarbleKind; count: number }[];
  unrecoverable: UnrecoverableSpan[];
}

/** Shared by the kinds while a text is detected: each adds its findings and may mark the text garbled. */
export interface DetectContext {
  readonly text: string;
  readonly findings: GarbleFinding[];
  /** Set by a kind that found garbling: later kinds (mixed scripts) read its traces as signal of their own otherwise. */
  garbled: boolean;
  add(kind: GarbleKind, count: number, confidence: number, recoverable: boolean): void;
}

/** How a caller lets a kind's repair run: `auto` when the page proves it, `always`, or `never`. */
export type RepairMode = 'auto' | 'always' | 'never';

export interface GarbleKindModule<Proof = unknown> {
  readonly name: string;
  detect?(context: DetectContext): void;
  /**
   * What a whole page proves about this kind, taken once over a batch so that a short text is
   * repaired on the page's evidence (a lone annotation, a four-character run).
   */
  prove?(page: string, mode: RepairMode): Proof;
  /** Proofs to take again on the repaired page each round, compared by this key (mojibake codecs). */
  proofKey?(proof: Proof): string;
  /** One repair stage; the loop runs the stages in turn until none changes the text. */
  repair?(text: string, proof: Proof | undefined): StageResult;
  /** Spans reported where they stand once the text is repaired (U+FFFD, 锟斤拷, debris). */
  report?(text: string): UnrecoverableSpan[];
}

/** Lets the registry hold modules with different proofs. */
export const garbleKind = <Proof>(module: GarbleKindModule<Proof>): GarbleKindModule<unknown> => module as GarbleKindModule<unknown>;
