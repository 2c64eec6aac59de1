import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-compare/grappe-compare.js';
import '../components/grappe-filters/grappe-filters.js';
import { activityMapFeed } from './fixtures.js';

interface CompareArgs {
  lang: string;
  theme: 'light' | 'dark';
  metric: string;
}

/** Funders compare clusters on one indicator: a table (the text), a chart (the picture), the CSV. */
const meta: Meta<CompareArgs> = {
  title: 'Elements/grappe-compare',
  component: 'grappe-compare',
  args: { lang: 'fr', theme: 'light', metric: 'members' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    theme: { control: 'select', options: ['light', 'dark'] },
    metric: { control: 'select', options: ['', 'members', 'jobs'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} theme=${args.theme} .data=${activityMapFeed()}>
    <grappe-filters dimensions="kind"></grappe-filters>
    <grappe-compare metric=${args.metric} theme=${args.theme}></grappe-compare>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<CompareArgs>;

export const Members: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark', lang: 'en' } };
/** No metric: the visitor chooses among those the visible clusters give. */
export const ChooseAMetric: Story = { args: { metric: '' } };
