import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-map/grappe-map.js';
import '../components/grappe-legend/grappe-legend.js';
import '../components/grappe-filters/grappe-filters.js';
import { sampleFeed } from './fixtures.js';

interface MapArgs {
  lang: string;
  colorBy: string;
  choropleth: boolean;
  hideOrganisations: boolean;
}

const meta: Meta<MapArgs> = {
  title: 'Elements/grappe-map',
  component: 'grappe-map',
  args: { lang: 'fr', colorBy: 'kind', choropleth: false, hideOrganisations: false },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    colorBy: { control: 'select', options: ['kind', 'sector', 'stage', 'programme'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-map color-by=${args.colorBy} ?choropleth=${args.choropleth} ?hide-organisations=${args.hideOrganisations}></grappe-map>
    <grappe-legend color-by=${args.colorBy}></grappe-legend>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<MapArgs>;

export const Default: Story = {};
export const BySector: Story = { args: { colorBy: 'sector' } };
export const WithFilters: Story = {
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-filters dimensions="kind,sector"></grappe-filters>
    <grappe-map color-by=${args.colorBy}></grappe-map>
  </grappe-data>`,
};
