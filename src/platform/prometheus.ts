/** One Prometheus metric: its name, help text, type and values (each with its labels). */
export interface MetricSample {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  values: Array<{ labels?: Record<string, string>; value: number }>;
}

/** The content type of the text exposition format. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** A label value in the exposition format: backslash, quote and newline escaped. */
function labelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** The samples in Prometheus' text exposition format (version 0.0.4). */
export function formatPrometheus(samples: readonly MetricSample[]): string {
  const lines: string[] = [];
  for (const sample of samples) {
    lines.push(`# HELP ${sample.name} ${sample.help}`, `# TYPE ${sample.name} ${sample.type}`);
    for (const { labels, value } of sample.values) {
      const text = labels ? `{${Object.entries(labels).map(([k, v]) => `${k}="${labelValue(v)}"`).join(',')}}` : '';
      lines.push(`${sample.name}${text} ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
