import { fillParts, type Messages } from '../i18n/index.ts';
import type { Dateline as DatelineView } from '../presenters/dateline.ts';
import type { TimeView } from '../presenters/time.ts';

/** A `<time>` with the machine value, the relative text and the exact time on hover. */
export function TimeText(props: { time: TimeView }) {
  const t = props.time;
  return (
    <time datetime={t.iso} title={t.exact}>
      {t.relative}
    </time>
  );
}

/** When an article appeared: the publisher's time, or "entdeckt …" when the publisher gave none. */
export function Dateline(props: { dateline: DatelineView | null; messages: Messages }) {
  const d = props.dateline;
  if (!d) return null;
  if (d.kind === 'published') {
    return (
      <span class="dateline">
        <TimeText time={d.time} />
      </span>
    );
  }
  return <span class="dateline dateline--found">{fillParts(props.messages.foundAt, { time: <TimeText time={d.time} /> })}</span>;
}
