import { html, nothing, type TemplateResult } from 'lit';
import { describeLoadError } from '../i18n/describe-error.js';
import { describeProblem } from '../i18n/index.js';
import type { Translation } from '../i18n/translation.js';
import type { GrappeContextValue } from './context.js';
import { countBySeverity, formatJsonPath } from '../validate/problems.js';

/**
 * The loading, error and "no data" states every Grappe element shows the same way. Returns
 * `nothing` when the data is ready.
 */
export function renderLoadState(
  grappe: GrappeContextValue | undefined,
  t: Translation,
): TemplateResult | typeof nothing {
  if (!grappe) return html`<p class="status" part="status">${t.errorNoSource}</p>`;
  const { snapshot, store } = grappe;
  switch (snapshot.status) {
    case 'idle':
      return html`<p class="status" part="status">${t.errorNoSource}</p>`;
    case 'loading':
      return html`<p class="status loading" part="status" role="status">
        ${t.loading}${snapshot.progress > 0 ? html` <span class="progress">${t.loadingProgress(snapshot.progress)}</span>` : nothing}
      </p>`;
    case 'error':
      return html`<div class="status error" part="status error" role="alert">
        <p><strong>${t.errorTitle}</strong></p>
        <p>${snapshot.error ? describeLoadError(snapshot.error, t) : ''}</p>
        <button type="button" part="retry-button" @click=${() => void store.reload()}>${t.retry}</button>
        ${snapshot.problems.length > 0 ? renderProblemList(grappe, t, 'open') : nothing}
      </div>`;
    case 'ready':
      return nothing;
  }
}

/** The feed's problems, for the publisher: a collapsible list with the records' names and JSON paths. */
export function renderProblemList(
  grappe: GrappeContextValue,
  t: Translation,
  open?: 'open',
): TemplateResult | typeof nothing {
  const { problems } = grappe.snapshot;
  if (problems.length === 0) return nothing;
  const counts = countBySeverity(problems);
  const lang = t.$code;
  return html`<details class="problems" part="problems" ?open=${open === 'open'}>
    <summary>${t.problemsTitle(problems.length)}</summary>
    <p>${t.problemsSummary(counts.error, counts.warning)}</p>
    <ul>
      ${problems.map(
        (problem) => html`<li class=${`problem ${problem.severity}`}>
          <span class="severity">${t.severity[problem.severity]}</span>
          ${problem.record ? html`<span class="record">${problem.record}</span>` : nothing}
          <code class="path">${formatJsonPath(problem.path)}</code>
          <span class="message">${describeProblem(problem, lang)}</span>
          ${problem.source ? html`<span class="source">${problem.source}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </details>`;
}

/** Shown above the data when a refresh failed: the data stays, the visitor knows it is older. */
export function renderRefreshNotice(
  grappe: GrappeContextValue | undefined,
  t: Translation,
  lang: string,
): TemplateResult | typeof nothing {
  const snapshot = grappe?.snapshot;
  if (!snapshot || snapshot.status !== 'ready' || !snapshot.refreshError || !snapshot.loadedAt) return nothing;
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' }).format(snapshot.loadedAt);
  return html`<p class="status refresh-failed" part="status" role="status">${t.refreshFailed(time)}</p>`;
}
