import { fill } from '../../i18n/index.ts';
import { CSRF_FIELD } from '../form-names.ts';
import type { AdminMessages } from '../i18n/index.ts';

/** What the extraction forms of a source show: its choices now, or what the admin just sent when it did not fit. */
export interface ExtractionFormsView {
  sourceId: number;
  csrf: string;
  /** 'default' | 'on' | 'off' */
  fullText: string;
  /** PRESSESCHAU_FULL_TEXT, named in the "as the site" choice. */
  siteFullText: boolean;
  rule: { host: string; body: string; remove: string };
  /** The shipped rule covering the host, if any. */
  shippedRuleName: string | null;
}

/** The full-text switch and the site rule of a source, each its own form. */
export function ExtractionForms(props: { view: ExtractionFormsView; m: AdminMessages }) {
  const { view, m } = props;
  const choices: Array<[string, string]> = [
    ['default', fill(m.fullTextDefault, { state: view.siteFullText ? m.stateOn : m.stateOff })],
    ['on', m.fullTextOn],
    ['off', m.fullTextOff],
  ];
  return (
    <>
      <form method="post" action={`/admin/sources/${view.sourceId}/full-text`} class="admin-form" id="full-text">
        <input type="hidden" name={CSRF_FIELD} value={view.csrf} />
        <fieldset>
          <legend>{m.fullTextTitle}</legend>
          {choices.map(([value, text]) => (
            <label>
              <input type="radio" name="fullText" value={value} checked={view.fullText === value} /> {text}
            </label>
          ))}
          <small class="admin-hint">{m.fullTextHint}</small>
        </fieldset>
        <button type="submit">{m.save}</button>
      </form>
      <form method="post" action={`/admin/sources/${view.sourceId}/site-rule`} class="admin-form" id="site-rule">
        <input type="hidden" name={CSRF_FIELD} value={view.csrf} />
        <fieldset>
          <legend>{m.siteRuleTitle}</legend>
          <small class="admin-hint">{m.siteRuleIntro}</small>
          {view.shippedRuleName ? <small class="admin-hint">{fill(m.siteRuleShipped, { name: view.shippedRuleName })}</small> : null}
          <label>
            {m.siteRuleHost}
            <input name="host" value={view.rule.host} maxlength={253} placeholder="beispiel.de" />
          </label>
          <label>
            {m.siteRuleBody}
            <textarea name="body" rows={3}>
              {view.rule.body}
            </textarea>
          </label>
          <label>
            {m.siteRuleRemove}
            <textarea name="remove" rows={4}>
              {view.rule.remove}
            </textarea>
          </label>
        </fieldset>
        <button type="submit">{m.save}</button>
      </form>
    </>
  );
}
