// Small bar charts drawn as inline SVG (no script, no library): a feed's new articles per day in its
// table row, and the site's refreshes per day on the dashboard. Each chart carries its figures as text
// for screen readers (an accessible name, and a data table for the larger chart); colours come from
// the stylesheet, so both colour schemes work.

/** One bar of a sparkline: its value and the text of its tooltip. */
export interface SparkBar {
  value: number;
  label: string;
}

const SPARK_HEIGHT = 20;
const SPARK_BAR = 5;
const SPARK_GAP = 1;

/** A row-sized bar chart; `label` is its accessible name (it should state the figures). */
export function Sparkline(props: { bars: SparkBar[]; label: string }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const width = props.bars.length * (SPARK_BAR + SPARK_GAP) - SPARK_GAP;
  return (
    <svg class="admin-spark" role="img" aria-label={props.label} width={String(width)} height={String(SPARK_HEIGHT)} viewBox={`0 0 ${width} ${SPARK_HEIGHT}`}>
      {props.bars.map((bar, i) => {
        // A day with articles shows at least one pixel; an empty day a flat line.
        const h = bar.value > 0 ? Math.max(1, Math.round((bar.value / max) * (SPARK_HEIGHT - 1))) : 0;
        return (
          <g>
            <title>{bar.label}</title>
            <rect class="admin-spark__base" x={String(i * (SPARK_BAR + SPARK_GAP))} y={String(SPARK_HEIGHT - 1)} width={String(SPARK_BAR)} height="1" />
            {h > 0 ? <rect class="admin-spark__bar" x={String(i * (SPARK_BAR + SPARK_GAP))} y={String(SPARK_HEIGHT - h)} width={String(SPARK_BAR)} height={String(h)} /> : null}
          </g>
        );
      })}
    </svg>
  );
}

/** One day of the refresh chart, with its texts already in the interface language. */
export interface FetchDayView {
  /** Short day name for the axis ("Mo 23.11."). */
  label: string;
  ok: number;
  failed: number;
  /** The figures as a sentence, for the bar's tooltip. */
  summary: string;
}

/** The chart's words. */
export interface FetchChartTexts {
  title: string;
  ok: string;
  failed: string;
  day: string;
}

const CHART_HEIGHT = 120;
const AXIS = 18;
const COLUMN = 44;
const BAR = 28;

/** Refreshes per day as stacked bars (succeeded below, failed on top), with a legend and the figures as a table. */
export function FetchHistoryChart(props: { days: FetchDayView[]; texts: FetchChartTexts; id: string }) {
  const { texts } = props;
  const max = Math.max(1, ...props.days.map((d) => d.ok + d.failed));
  const plot = CHART_HEIGHT - AXIS;
  const width = props.days.length * COLUMN;
  const scale = (n: number) => Math.round((n / max) * (plot - 4));
  return (
    <figure class="admin-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{texts.title}</figcaption>
      <svg aria-hidden="true" width={String(width)} height={String(CHART_HEIGHT)} viewBox={`0 0 ${width} ${CHART_HEIGHT}`}>
        {props.days.map((d, i) => {
          const x = i * COLUMN + (COLUMN - BAR) / 2;
          const ok = scale(d.ok);
          const failed = scale(d.failed);
          return (
            <g>
              <title>{d.summary}</title>
              {ok > 0 ? <rect class="admin-chart__ok" x={String(x)} y={String(plot - ok)} width={String(BAR)} height={String(ok)} /> : null}
              {failed > 0 ? <rect class="admin-chart__failed" x={String(x)} y={String(plot - ok - failed)} width={String(BAR)} height={String(failed)} /> : null}
              <rect class="admin-chart__axis" x={String(i * COLUMN)} y={String(plot)} width={String(COLUMN)} height="1" />
              <text class="admin-chart__label" x={String(i * COLUMN + COLUMN / 2)} y={String(CHART_HEIGHT - 4)} text-anchor="middle">
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="admin-chart__legend">
        <span class="admin-chart__key admin-chart__key--ok">{texts.ok}</span> <span class="admin-chart__key admin-chart__key--failed">{texts.failed}</span>
      </p>
      <table class="visually-hidden">
        <caption>{texts.title}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.day}</th>
            <th scope="col">{texts.ok}</th>
            <th scope="col">{texts.failed}</th>
          </tr>
        </thead>
        <tbody>
          {props.days.map((d) => (
            <tr>
              <th scope="row">{d.label}</th>
              <td>{String(d.ok)}</td>
              <td>{String(d.failed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
