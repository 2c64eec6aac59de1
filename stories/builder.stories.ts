import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';

/**
 * The embed builder of the demo (`examples/builder.html`): pick a feed, filters, view, language
 * and theme, see the preview, copy the snippet and its CSP directives. Shown here in a frame, as
 * the demo serves it (it needs the built embed bundle: run `npm run build` first).
 */
const meta: Meta = {
  title: 'Guides/Embed builder',
  render: () => html`<iframe title="Embed builder" src="examples/builder.html" width="1200" height="900"></iframe>`,
};
export default meta;

export const Builder: StoryObj = {};
