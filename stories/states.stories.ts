import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-map/grappe-map.js';
import '../components/grappe-legend/grappe-legend.js';
import '../components/grappe-filters/grappe-filters.js';
import '../components/grappe-members/grappe-members.js';
import '../components/grappe-cluster/grappe-cluster.js';
import { EMPTY_FEED, sampleFeed } from './fixtures.js';

type State = 'loaded' | 'loading' | 'error' | 'empty' | 'filtered' | 'selected';

interface StateArgs {
  lang: string;
  theme: 'light' | 'dark';
}

/** One element in one state: the loader's attributes for the state, the element inside. */
function inState(state: State, args: StateArgs, element: (theme: string) => TemplateResult): TemplateResult {
  const content = element(args.theme);
  switch (state) {
    case 'loading':
      return html`<grappe-data lang=${args.lang} src="/__grappe/slow?ms=600000" timeout="600">${content}</grappe-data>`;
    case 'error':
      return html`<grappe-data lang=${args.lang} src="/__missing__/feed.json">${content}</grappe-data>`;
    case 'empty':
      return html`<grappe-data lang=${args.lang} .data=${EMPTY_FEED()}>${content}</grappe-data>`;
    case 'filtered':
      return html`<grappe-data lang=${args.lang} filter-kind="pole-de-competitivite,regional-cluster" .data=${sampleFeed()}>${content}</grappe-data>`;
    case 'selected':
      return html`<grappe-data lang=${args.lang} selected="viameca" .data=${sampleFeed()}>${content}</grappe-data>`;
    default:
      return html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>${content}</grappe-data>`;
  }
}

const map = (theme: string) => html`<grappe-map theme=${theme}></grappe-map>`;
const legend = (theme: string) => html`<grappe-legend theme=${theme} color-by="sector"></grappe-legend>`;
const filters = (theme: string) => html`<grappe-filters theme=${theme}></grappe-filters>`;
const details = (theme: string) =>
  html`<grappe-cluster theme=${theme}></grappe-cluster><grappe-members theme=${theme}></grappe-members>`;

/** Every element in every state, in both reference languages and both themes (the tests run axe on each). */
const meta: Meta<StateArgs> = {
  title: 'States/Every element',
  args: { lang: 'fr', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en', 'de', 'es', 'it'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => inState('loaded', args, map),
};
export default meta;
type Story = StoryObj<StateArgs>;

export const MapLoading: Story = { render: (args) => inState('loading', args, map) };
export const MapError: Story = { args: { lang: 'en' }, render: (args) => inState('error', args, map) };
export const MapEmpty: Story = { render: (args) => inState('empty', args, map) };
export const MapFilteredDark: Story = { args: { theme: 'dark' }, render: (args) => inState('filtered', args, map) };
export const MapSelected: Story = { args: { lang: 'en' }, render: (args) => inState('selected', args, map) };
export const LegendFiltered: Story = { render: (args) => inState('filtered', args, legend) };
export const LegendDarkEnglish: Story = {
  args: { theme: 'dark', lang: 'en' },
  render: (args) => inState('loaded', args, legend),
};
export const FiltersError: Story = { render: (args) => inState('error', args, filters) };
export const FiltersFilteredDark: Story = {
  args: { theme: 'dark' },
  render: (args) => inState('filtered', args, filters),
};
export const FiltersEmptyEnglish: Story = { args: { lang: 'en' }, render: (args) => inState('empty', args, filters) };
export const DetailsSelected: Story = { render: (args) => inState('selected', args, details) };
export const DetailsSelectedDarkEnglish: Story = {
  args: { theme: 'dark', lang: 'en' },
  render: (args) => inState('selected', args, details),
};
export const DetailsLoading: Story = { render: (args) => inState('loading', args, details) };
