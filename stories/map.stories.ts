import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-map/grappe-map.js';
import '../components/grappe-legend/grappe-legend.js';
import '../components/grappe-filters/grappe-filters.js';
import '../components/grappe-directory/grappe-directory.js';
import { activityMapFeed, sampleFeed } from './fixtures.js';

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

/**
 * Feed 1.1 on the map: upcoming events as calendar marks (`show-events`), and ViaMeca's possible
 * partners as dotted links (`show-candidates`); the list is in distance order: click the map.
 */
export const EventsCandidatesAndDistance: Story = {
  render: (args) => html`<grappe-data lang=${args.lang} selected="viameca" .data=${activityMapFeed()}>
    <grappe-directory sort="distance" facets="none" controls="sort"></grappe-directory>
    <grappe-map show-events show-candidates></grappe-map>
  </grappe-data>`,
};
