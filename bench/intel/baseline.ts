// The peer: single-pass clustering on plain TF-IDF of the whole text (title + body, lower-cased words, no
// stemming, no stop list, no time, no languages), one cosine threshold against each cluster's centroid.
// This is the textbook baseline the Miranda et al. paper improves on.

type Vector = Map<string, number>;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Single-pass TF-IDF clustering; returns each article's cluster id. */
export function baselineClusters(items: { id: string; title: string; text: string }[], threshold: number): Map<string, string> {
  const df = new Map<string, number>();
  let n = 0;
  const clusters: { id: string; sum: Vector }[] = [];
  const out = new Map<string, string>();
  const weigh = (v: Vector): Vector => {
    const w = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of v) {
      const x = c * Math.log((n + 1) / (df.get(t) ?? 1));
      w.set(t, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, x] of w) w.set(t, x / norm);
    return w;
  };
  for (const item of items) {
    const tf: Vector = new Map();
    for (const w of words(`${item.title} ${item.text}`)) tf.set(w, (tf.get(w) ?? 0) + 1);
    n++;
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const v = weigh(tf);
    let best: { id: string; sum: Vector } | null = null;
    let bestSim = threshold;
    for (const c of clusters) {
      const cv = weigh(c.sum);
      let dot = 0;
      for (const [t, x] of v) dot += x * (cv.get(t) ?? 0);
      if (dot >= bestSim) {
        best = c;
        bestSim = dot;
      }
    }
    if (!best) {
      best = { id: item.id, sum: new Map() };
      clusters.push(best);
    }
    for (const [t, c] of tf) best.sum.set(t, (best.sum.get(t) ?? 0) + c);
    out.set(item.id, best.id);
  }
  return out;
}
