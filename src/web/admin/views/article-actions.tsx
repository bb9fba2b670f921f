import type { ArticleAction } from '../../../services/admin/articles.ts';
import type { AdminArticle } from '../../../services/admin/articles.ts';
import { CSRF_FIELD } from '../form-names.ts';
import type { AdminMessages } from '../i18n/index.ts';

/** The actions that apply to an article in its current state (hide or show, pin or unpin, approve or reject). */
export function actionsFor(article: AdminArticle): ArticleAction[] {
  const actions: ArticleAction[] = [];
  if (article.reviewState === 'pending') actions.push('approve', 'reject');
  else if (article.reviewState === 'rejected') actions.push('approve');
  actions.push(article.hidden ? 'unhide' : 'hide');
  actions.push(article.pinnedAt ? 'unpin' : 'pin');
  return actions;
}

/** The button text of an action. */
export function actionText(action: ArticleAction, m: AdminMessages): string {
  const texts: Record<ArticleAction, string> = {
    hide: m.actionHide, unhide: m.actionUnhide, pin: m.actionPin, unpin: m.actionUnpin, approve: m.actionApprove, reject: m.actionReject, revert: m.actionRevert,
  };
  return texts[action];
}

/** One small form per action, each with the CSRF token and the page to come back to; no script needed. */
export function ArticleActions(props: { article: AdminArticle; actions: ArticleAction[]; m: AdminMessages; csrf: string; back: string }) {
  return (
    <>
      {props.actions.map((action) => (
        <form method="post" action={`/admin/articles/${props.article.id}/${action}`} class="admin-inline-form">
          <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
          <input type="hidden" name="back" value={props.back} />
          <button type="submit" name="action" value={action}>
            {actionText(action, props.m)}
          </button>
        </form>
      ))}
    </>
  );
}

/** The states of an article in words (waiting, hidden, pinned, edited…). */
export function stateWords(article: AdminArticle, m: AdminMessages): string {
  const words = [article.reviewState === 'pending' ? m.statePending : article.reviewState === 'rejected' ? m.stateRejected : m.stateVisible];
  if (article.hidden) words.push(m.stateHidden);
  if (article.pinnedAt) words.push(m.statePinned);
  if (article.edited) words.push(m.stateEdited);
  return words.join(', ');
}
