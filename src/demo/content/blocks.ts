import type { DemoBlock } from '../types.ts';

/** A paragraph. */
export const p = (text: string): DemoBlock => ({ type: 'p', text });
/** A subheading. */
export const h2 = (text: string): DemoBlock => ({ type: 'h2', text });
/** A pull quote; by convention its text repeats a sentence from a paragraph of the same article. */
export const quote = (text: string, speaker: string): DemoBlock => ({ type: 'quote', text, speaker });
/** A video teaser with its duration ("m:ss" or "mm:ss"). */
export const video = (title: string, duration: string): DemoBlock => ({ type: 'video', title, duration });
/** A bulleted list. */
export const list = (...items: string[]): DemoBlock => ({ type: 'list', items });
/** A fact box. */
export const infobox = (title: string, ...items: string[]): DemoBlock => ({ type: 'infobox', title, items });
/** A data table. */
export const table = (caption: string, head: string[], rows: string[][]): DemoBlock => ({ type: 'table', caption, head, rows });
