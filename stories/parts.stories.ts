import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-filters/grappe-filters.js';
import '../components/grappe-legend/grappe-legend.js';
import '../components/grappe-members/grappe-members.js';
import '../components/grappe-directory/grappe-directory.js';
import { sampleFeed } from './fixtures.js';

interface PartsArgs {
  lang: string;
  theme: 'light' | 'dark';
}

const meta: Meta<PartsArgs> = {
  title: 'Elements/Filters, legend, members',
  component: 'grappe-filters',
  args: { lang: 'fr', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en', 'de', 'es', 'it'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-filters theme=${args.theme}></grappe-filters>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<PartsArgs>;

export const Filters: Story = {};
export const FiltersInGerman: Story = { args: { lang: 'de' } };
export const Legend: Story = {
  render: (args) =>
    html`<grappe-data lang=${args.lang} .data=${sampleFeed()}><grappe-legend color-by="sector" theme=${args.theme}></grappe-legend></grappe-data>`,
};
export const Members: Story = {
  render: (args) =>
    html`<grappe-data lang=${args.lang} .data=${sampleFeed()}><grappe-members cluster-id="viameca" theme=${args.theme}></grappe-members></grappe-data>`,
};
export const MembersInSpanish: Story = { ...Members, args: { lang: 'es' } };
export const DirectoryInItalian: Story = {
  args: { lang: 'it' },
  render: (args) =>
    html`<grappe-data lang=${args.lang} .data=${sampleFeed()}><grappe-directory theme=${args.theme}></grappe-directory></grappe-data>`,
};
export const ErrorState: Story = {
  render: (args) =>
    html`<grappe-data lang=${args.lang} src="/__missing__/feed.json"><grappe-directory theme=${args.theme}></grappe-directory></grappe-data>`,
};
